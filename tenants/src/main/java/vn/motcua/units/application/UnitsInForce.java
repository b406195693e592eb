package vn.motcua.units.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import vn.motcua.units.domain.UnitCodes;
import vn.motcua.units.domain.UnitVersion;
import vn.motcua.units.infrastructure.UnitVersionRepository;

/**
 * "The unit of the current province carrying this portal code on that day", for everything that names a unit by the
 * code a dossier keeps (receipt, transitions, forms, the dossier import). Portal codes only: a dossier's units are
 * portal codes; the catalog, which also accepts QCVN codes, asks {@link UnitService#codes()}.
 */
@ApplicationScoped
public class UnitsInForce {

    @Inject
    UnitVersionRepository versions;

    /** The version in force on {@code day}; empty for a blank or unknown code, or a code not in force that day. */
    @Transactional
    public Optional<UnitVersion> find(String portalCode, LocalDate day) {
        if (portalCode == null || portalCode.isBlank()) {
            return Optional.empty();
        }
        return versions.byPortalCodeOn(portalCode, day);
    }

    /**
     * Every portal code of the province with the periods it was a unit's, read at once: for checking many lines on
     * many days (the import) with {@link UnitCodes#inForce} instead of one query per line.
     */
    @Transactional
    public UnitCodes portalCodes() {
        return new UnitCodes(versions.portalCodeSpans());
    }
}
