package vn.motcua.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.identity.application.Caller;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.reporting.infrastructure.DeskReceiptRepository;
import vn.motcua.units.application.UnitService;
import vn.motcua.units.domain.UnitHistory;

/**
 * What the start pages of the roles other than the province leader read besides the reports: a clerk's own receipts
 * today and this week by channel, and a unit leader's units (the unit of their account and every unit under it in
 * today's tree, by portal code).
 */
@ApplicationScoped
public class RoleDashboards {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Dossiers received per channel. */
    public record Channels(long online, long inPerson, long postal) {

        static Channels of(Map<String, Long> byChannel) {
            return new Channels(byChannel.getOrDefault("ONLINE", 0L), byChannel.getOrDefault("IN_PERSON", 0L),
                    byChannel.getOrDefault("POSTAL", 0L));
        }

        public long total() {
            return online + inPerson + postal;
        }
    }

    /** A clerk's receipts: today, and this week (Monday to today), in Vietnam's days. */
    public record Desk(LocalDate today, LocalDate monday, Channels received, Channels week) { }

    @Inject
    DeskReceiptRepository receipts;

    @Inject
    UnitService units;

    /** The dossiers the caller received today and since Monday, by channel. */
    @Transactional
    @RolesAllowed({"CLERK", "UNIT_LEADER", "PROVINCE_LEADER"})
    public Desk desk(LocalDate today) {
        String me = CallerContext.actorName();
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        var end = today.plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime();
        return new Desk(today, monday,
                Channels.of(receipts.byChannel(me, today.atStartOfDay(VIETNAM).toOffsetDateTime(), end)),
                Channels.of(receipts.byChannel(me, monday.atStartOfDay(VIETNAM).toOffsetDateTime(), end)));
    }

    /**
     * The portal codes of the caller's unit and of every unit under it today; empty when the account names no unit
     * (or one not in force today).
     */
    @Transactional
    @RolesAllowed({"UNIT_LEADER", "PROVINCE_LEADER"})
    public Set<String> myUnits() {
        String code = CallerContext.current().map(Caller::unitCode).orElse(null);
        Set<String> out = new TreeSet<>();
        if (code == null) {
            return out;
        }
        Deque<UnitHistory.Node> todo = new ArrayDeque<>(units.snapshot().history().treeOn(UnitService.today()));
        while (!todo.isEmpty()) {
            UnitHistory.Node n = todo.pop();
            if (code.equals(n.version().spec().portal())) {
                collect(n, out);
                return out;
            }
            todo.addAll(n.children());
        }
        return out;
    }

    private static void collect(UnitHistory.Node n, Set<String> out) {
        if (n.version().spec().portal() != null) {
            out.add(n.version().spec().portal());
        }
        n.children().forEach(c -> collect(c, out));
    }
}
