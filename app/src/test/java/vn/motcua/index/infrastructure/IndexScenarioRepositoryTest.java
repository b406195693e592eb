package vn.motcua.index.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.index.domain.MetricChange;

class IndexScenarioRepositoryTest {

    @Test
    void changesAreKeptInTheShapeSimulateIndexTakesThem() {
        List<MetricChange> changes = List.of(new MetricChange("H48.19", "TDGQ_ON_TIME", 4, 4),
                new MetricChange(null, "PUBLISH_ON_TIME", 2, 2));
        String json = IndexScenarioRepository.json(changes);
        assertEquals("[{\"unitCode\":\"H48.19\",\"metricCode\":\"TDGQ_ON_TIME\",\"numerator\":4,\"denominator\":4},"
                + "{\"metricCode\":\"PUBLISH_ON_TIME\",\"numerator\":2,\"denominator\":2}]", json);
        assertEquals(changes, IndexScenarioRepository.changes(json));
    }

    @Test
    void theDatabasesOwnKeyOrderReadsTheSame() {
        // jsonb writes keys shortest first
        assertEquals(List.of(new MetricChange(null, "ONLINE", 1_000_000_000_000L, 1_000_000_000_000L)),
                IndexScenarioRepository.changes("[{\"numerator\": 1000000000000, \"metricCode\": \"ONLINE\","
                        + " \"denominator\": 1000000000000}]"));
    }
}
