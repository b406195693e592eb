package vn.motcua.dossierimport.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting a big file into batches by byte ranges, with rows that point back into the file. */
class ImportPartsTest {

    static ImportParts.Split split(String text, ImportFormat f, int per) throws Exception {
        return ImportParts.split(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), f, per);
    }

    static String slice(String text, long from, long to) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return new String(b, (int) from, (int) (to - from), StandardCharsets.UTF_8);
    }

    @Test
    void ndjsonByLinesSkippingBlankOnes() throws Exception {
        String text = "{\"a\":\"Đ\"}\n\n{\"b\":2}\n{\"c\":3}\n   \n{\"d\":4}";
        ImportParts.Split s = split(text, ImportFormat.NDJSON, 2);
        assertEquals(4, s.dossiers());
        assertEquals(2, s.parts().size());
        ImportParts.Part p1 = s.parts().get(0);
        ImportParts.Part p2 = s.parts().get(1);
        assertEquals("{\"a\":\"Đ\"}\n\n{\"b\":2}\n", slice(text, p1.start(), p1.end()));
        assertEquals("{\"c\":3}\n   \n{\"d\":4}", slice(text, p2.start(), p2.end()));
        assertEquals(0, p1.rowOffset());
        assertEquals(3, p2.rowOffset(), "the second part's line 1 is line 4 of the file");
    }

    @Test
    void csvByRecordsWithNewlinesInsideQuotedCells() throws Exception {
        String text = "code,events\nA,\"e1\ne2\"\nB,x\nC,\"he said \"\"hi\"\"\nz\"\n";
        ImportParts.Split s = split(text, ImportFormat.CSV, 2);
        assertEquals("code,events\n", slice(text, 0, s.headerEnd()));
        assertEquals(3, s.dossiers());
        assertEquals(List.of(2, 1), s.parts().stream().map(ImportParts.Part::dossiers).toList());
        assertEquals("A,\"e1\ne2\"\nB,x\n", slice(text, s.parts().get(0).start(), s.parts().get(0).end()));
        assertEquals("C,\"he said \"\"hi\"\"\nz\"\n", slice(text, s.parts().get(1).start(), s.parts().get(1).end()));
        // the second part read with its header: its row 2 is the file's row 4 (header = 1)
        assertEquals(2, s.parts().get(1).rowOffset());
        assertEquals(0, s.parts().get(0).rowOffset());
    }
}
