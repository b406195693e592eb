package vn.motcua.dossier.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the event log records of a transition: a dossier's tracked fields before and after, and the lines for those
 * that changed ({@link Dossier#snapshot}, {@link Dossier#diff}).
 */
final class EventDiff {

    private EventDiff() { }

    static Map<String, String> snapshot(Dossier d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("status", Integer.toString(d.status));
        m.put("dueAt", str(d.getDueAt()));
        m.put("currentStep", d.current() == null ? "" : d.current().name());
        m.put("currentUnit", nz(d.getCurrentUnitCode()));
        m.put("currentAssignee", nz(d.getCurrentAssignee()));
        m.put("pausedNanos", Long.toString(d.getPausedNanos()));
        m.put("supplementCount", Integer.toString(d.getSupplementCount()));
        m.put("pendingRequest", nz(d.getPendingRequest()));
        m.put("apologyNewDueAt", str(d.getApologyNewDueAt()));
        m.put("processedAt", str(d.getProcessedAt()));
        m.put("returnMethod", d.getReturnMethod() == null ? "" : d.getReturnMethod().name());
        m.put("satisfaction", d.getSatisfaction() == null ? "" : d.getSatisfaction().toString());
        return m;
    }

    static String diff(Map<String, String> before, Map<String, String> after) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : after.entrySet()) {
            String old = before.getOrDefault(e.getKey(), "");
            if (!old.equals(e.getValue())) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(e.getKey()).append(": ").append(old).append(" → ").append(e.getValue());
            }
        }
        return b.toString();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
