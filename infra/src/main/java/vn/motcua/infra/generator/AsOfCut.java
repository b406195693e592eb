package vn.motcua.infra.generator;

import static vn.motcua.infra.generator.GeneratedDossier.NONE;

import java.util.List;
import vn.motcua.infra.generator.GeneratedDossier.Event;

/**
 * The end of a generated dossier: its events in time order, those after {@code asOf} dropped (they have not happened
 * yet), the top-level fields derived from what is left, and the clock read off that history by the kernel — the
 * due instant moved by the pauses that ended, and late exactly when the clock says so.
 */
final class AsOfCut {

    private final long asOf;
    private final GeneratorClock clock;

    AsOfCut(long asOf, GeneratorClock clock) {
        this.asOf = asOf;
        this.clock = clock;
    }

    GeneratedDossier finish(GeneratedDossier g) {
        List<Event> ev = g.events;
        // events are in time order by construction; keep it so even where two computed instants coincide
        for (int i = 1; i < ev.size(); i++) {
            if (ev.get(i).at() < ev.get(i - 1).at()) {
                Event e = ev.get(i);
                ev.set(i, new Event(ev.get(i - 1).at(), e.actor(), e.role(), e.action(), e.fromStatus(), e.toStatus(),
                        e.reason()));
                long at = ev.get(i).at();
                switch (e.action()) {
                    case "REFUSE" -> g.processedAt = at;
                    case "COMPLETE_STEP" -> g.processedAt = e.toStatus() == 9 ? at : g.processedAt;
                    case "RETURN_RESULT" -> g.returnedAt = at;
                    case "APOLOGISE" -> g.apologyAt = at;
                    default -> { }
                }
            }
        }
        int keep = ev.size();
        while (keep > 1 && ev.get(keep - 1).at() > asOf) {
            keep--;
        }
        if (keep < ev.size()) {
            ev.subList(keep, ev.size()).clear();
            dropFuture(g);
        }
        if (g.appointmentAt != NONE) {
            g.dueAt = clock.dueAfterPauses(g.appointmentAt, ev);
            g.late = g.processedAt != NONE && clock.late(g.dueAt, g.processedAt);
        }
        g.status = ev.get(ev.size() - 1).toStatus();
        return g;
    }

    private void dropFuture(GeneratedDossier g) {
        if (g.processedAt != NONE && g.processedAt > asOf) {
            g.processedAt = NONE;
        }
        if (g.returnedAt != NONE && g.returnedAt > asOf) {
            g.returnedAt = NONE;
            g.returnMethod = null;
            g.electronicResult = null;
            g.satisfaction = 0;
            g.feedback = null;
        }
        if (g.apologyAt != NONE && g.apologyAt > asOf) {
            g.apologyAt = NONE;
            g.apologyNewDate = NONE;
            g.apologyReason = null;
        }
        boolean rated = false;
        for (Event e : g.events) {
            rated |= e.action().equals("RATE");
        }
        if (!rated) {
            g.satisfaction = 0;
            g.feedback = null;
        }
    }
}
