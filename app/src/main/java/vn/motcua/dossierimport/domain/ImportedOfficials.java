package vn.motcua.dossierimport.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.motcua.identity.domain.KnownOfficial;

/**
 * The officials a batch's events name, each once (docs/dossier-import.md, "Officials"): the actor of every event whose
 * name can be a username ({@link #USERNAME}, as accounts are named), with the display name the first of its events
 * that gives one ({@code actorName}) says, and the unit of the first dossier it acted on (the receiving unit for the
 * desk's roles, the competent unit otherwise). Collected in the pass that builds the rows; the batch then makes the
 * ones the platform does not know yet known officials of the province.
 */
public final class ImportedOfficials {

    /** What a username may be (platform.app_user's check); other actors stay plain text on the events. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final Map<String, KnownOfficial> byUsername = new LinkedHashMap<>();

    /** Notes the actors of {@code d}'s events. */
    public void add(ImportedDossier d) {
        for (ImportedDossier.Event e : d.events()) {
            String username = e.actor();
            KnownOfficial known = byUsername.get(username);
            if (known == null) {
                if (!USERNAME.matcher(username).matches()) {
                    continue;
                }
                String unit = "CLERK".equals(e.role()) ? d.receivingUnit() : d.competentUnit();
                byUsername.put(username, new KnownOfficial(username, e.actorName(), unit));
            } else if (known.displayName() == null && e.actorName() != null) {
                byUsername.put(username, new KnownOfficial(username, e.actorName(), known.unitCode()));
            }
        }
    }

    /** Every official named, in the order first met. */
    public List<KnownOfficial> all() {
        return new ArrayList<>(byUsername.values());
    }
}
