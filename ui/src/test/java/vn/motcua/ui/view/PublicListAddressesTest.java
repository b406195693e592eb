package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PublicListAddressesTest {

    @Test
    void aShortAddressIsThePageWithTheProvinceAndTheQuery() {
        assertEquals("/cong-khai/don-vi-tre-han.xhtml?tinh=quang-ngai&thang=2026-11",
                PublicListAddresses.target("/cong-khai/quang-ngai/don-vi-tre-han", "thang=2026-11"));
        assertEquals("/cong-khai/don-vi-tre-han.xhtml?tinh=gia-lai",
                PublicListAddresses.target("/cong-khai/gia-lai/don-vi-tre-han/", null));
    }

    @Test
    void anythingElsePassesThrough() {
        assertNull(PublicListAddresses.target("/cong-khai/don-vi-tre-han.xhtml", "tinh=gia-lai"));
        assertNull(PublicListAddresses.target("/cong-khai/Gia_Lai/don-vi-tre-han", null));
        assertNull(PublicListAddresses.target("/cong-khai/gia-lai/khac", null));
        assertNull(PublicListAddresses.target("/cong-khai/../admin/don-vi-tre-han", null));
    }
}
