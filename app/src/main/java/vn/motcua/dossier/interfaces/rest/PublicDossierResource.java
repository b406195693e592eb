package vn.motcua.dossier.interfaces.rest;

import vn.motcua.shared.interfaces.rest.BodyLimit;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.application.PublicLookupService;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.dossier.interfaces.rest.DossierDtos;
import vn.motcua.dossier.interfaces.rest.DossierDtos.PublicDossierDto;
import vn.motcua.dossier.interfaces.rest.DossierDtos.PublicLookupRequest;
import vn.motcua.dossier.interfaces.rest.DossierDtos.PublicRatingRequest;
import vn.motcua.shared.DomainException;

/**
 * For applicants, without an account: the dossier code and the secret printed on the receipt show the status, the
 * due date and what is missing — nothing else. POST keeps the secret out of URLs and access logs.
 */
@Path("/public/dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@BodyLimit(BodyLimit.PUBLIC)
@Tag(name = "Public")
public class PublicDossierResource {

    @Inject
    PublicLookupService lookups;

    @POST
    @Path("/lookup")
    @PermitAll
    @Operation(operationId = "lookupDossierPublic", summary = "Applicant's lookup by dossier code and the secret on the "
            + "receipt: status, due date, what is missing. A wrong pair answers 404 whether the code exists or not; "
            + "after 5 wrong secrets for a code (or 30 from an address) in 15 minutes every lookup answers 429")
    public PublicDossierDto lookupDossierPublic(PublicLookupRequest request) {
        if (request == null) {
            throw DomainException.notFound("dossier.lookupFailed");
        }
        return dto(lookups.lookup(request.code, request.secret, CallerContext.clientIp()));
    }

    @POST
    @Path("/rating")
    @PermitAll
    @Operation(operationId = "rateDossierPublic", summary = "After the result was returned, the applicant rates "
            + "satisfaction (1–5) and may leave feedback, once; same code + secret check and throttling as the lookup")
    public PublicDossierDto rateDossierPublic(PublicRatingRequest request) {
        if (request == null) {
            throw DomainException.notFound("dossier.lookupFailed");
        }
        if (request.score == null) {
            throw DomainException.invalid("dossier.ratingRange");
        }
        return dto(lookups.rate(request.code, request.secret, request.score, request.feedback, CallerContext.clientIp()));
    }

    static PublicDossierDto dto(PublicLookupService.PublicView v) {
        PublicDossierDto x = new PublicDossierDto();
        x.code = v.code();
        x.status = v.status().code();
        x.statusLabel = v.status().vi();
        x.procedureName = v.procedureName();
        x.receivedAt = DossierDtos.vn(v.receivedAt());
        x.dueAt = DossierDtos.vn(v.dueAt());
        x.apologyNewDate = DossierDtos.vn(v.apologyNewDate());
        x.whatIsMissing = v.whatIsMissing();
        x.returnedAt = DossierDtos.vn(v.returnedAt());
        x.canRate = v.canRate();
        x.satisfaction = v.satisfaction();
        return x;
    }
}
