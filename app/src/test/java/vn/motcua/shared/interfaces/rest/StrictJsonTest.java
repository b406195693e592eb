package vn.motcua.shared.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.interfaces.rest.CatalogDtos.ProcedureRequest;
import vn.motcua.identity.interfaces.rest.IdentityDtos.CreateApiTokenRequest;
import vn.motcua.identity.interfaces.rest.IdentityDtos.CreateUserRequest;
import vn.motcua.dossier.interfaces.rest.DossierDtos.ReceiveRequest;
import vn.motcua.units.interfaces.rest.UnitDtos.AbsorbRequest;
import vn.motcua.shared.DomainException;

class StrictJsonTest {

    /** "field key args…" of every refusal, in order. */
    private static List<String> refusals(String json, java.lang.reflect.Type type) {
        DomainException e = assertThrows(DomainException.class, () -> StrictJson.check(json, type));
        return e.fieldErrors().stream()
                .map(f -> (f.field() + " " + f.messageKey() + " " + java.util.Arrays.toString(f.args())).strip())
                .toList();
    }

    @Test
    void moneyBeyondTheRangeIsRefusedNotWrapped() {
        assertEquals(List.of("fees[0].amountVnd request.range [0, 1000000000000000]"),
                refusals("{\"fees\":[{\"name\":\"Lệ phí\",\"amountVnd\":1e20}]}", ProcedureRequest.class));
        assertEquals(List.of("fees[1].amountVnd request.range [0, 1000000000000000]"),
                refusals("{\"fees\":[{\"name\":\"a\",\"amountVnd\":0},{\"name\":\"b\",\"amountVnd\":1e308}]}",
                        ReceiveRequest.class));
        assertEquals(List.of("fees[0].amountVnd request.range [0, 1000000000000000]"),
                refusals("{\"fees\":[{\"name\":\"a\",\"amountVnd\":-1}]}", ReceiveRequest.class));
    }

    @Test
    void wholeNumbersMustBeExact() {
        assertEquals(List.of("steps[0].sharePercent request.type.integer []"),
                refusals("{\"steps\":[{\"name\":\"x\",\"sharePercent\":50.5}]}", ProcedureRequest.class));
        assertEquals(List.of("steps[0].sharePercent request.range [0, 100]"),
                refusals("{\"steps\":[{\"name\":\"x\",\"sharePercent\":101}]}", ProcedureRequest.class));
        assertEquals(List.of("validDays request.range [-2147483648, 2147483647]"),
                refusals("{\"name\":\"x\",\"validDays\":3000000000}", CreateApiTokenRequest.class));
        assertEquals(List.of("validDays request.type.integer []"),
                refusals("{\"name\":\"x\",\"validDays\":\"30\"}", CreateApiTokenRequest.class));
        // Exactly whole, however written: 1.0e2 is one hundred.
        assertEquals("{\"name\":\"x\",\"validDays\":100}",
                StrictJson.check("{\"name\":\"x\",\"validDays\":1.0e2}", CreateApiTokenRequest.class));
    }

    @Test
    void textIsNotANumberAndANumberIsNotText() {
        assertEquals(List.of("name request.type.text []", "roles[0] request.type.text []"),
                refusals("{\"name\":123,\"roles\":[7]}", CreateApiTokenRequest.class));
        assertEquals(List.of("applicant request.type.object []", "paidOnline request.type.boolean []"),
                refusals("{\"applicant\":\"An\",\"paidOnline\":\"true\"}", ReceiveRequest.class));
        assertEquals(List.of("fees request.type.array []"), refusals("{\"fees\":{}}", ReceiveRequest.class));
        assertEquals(List.of("body request.type.object []"), refusals("[1,2]", ReceiveRequest.class));
    }

    @Test
    void enumsAndDaysNameTheField() {
        assertEquals(List.of("roles[1] request.type.enum [THU_KHO, PLATFORM_ADMIN, CENTRAL_VIEWER, PROVINCE_ADMIN, "
                        + "PROVINCE_LEADER, UNIT_LEADER, CLERK, OFFICER]"),
                refusals("{\"name\":\"x\",\"roles\":[\"CLERK\",\"THU_KHO\"]}", CreateApiTokenRequest.class));
        assertEquals(List.of("versionValidFrom request.type.date []"),
                refusals("{\"versionValidFrom\":\"31/01/2026\"}", ProcedureRequest.class));
    }

    @Test
    void textGoesThroughTextWithTheFieldKind() {
        assertEquals(List.of("applicant.name text.controlCharacter [U+0000, 3]"),
                refusals("{\"applicant\":{\"name\":\"An\\u0000h\"}}", ReceiveRequest.class));
        assertEquals(List.of("displayName text.loneSurrogate [1]"),
                refusals("{\"displayName\":\"\\ud800\"}", CreateUserRequest.class));
        assertEquals(List.of("displayName text.tooLong [300, 10000]"),
                refusals("{\"displayName\":\"" + "x".repeat(10_000) + "\"}", CreateUserRequest.class));
        assertEquals(List.of("mapping.a\u0000 text.controlCharacter [U+0000, 2]"),
                refusals("{\"mapping\":{\"a\\u0000\":[1]}}", AbsorbRequest.class));
        assertEquals("{\"displayName\":\"Nguy\u1EC5n\",\"password\":\"e\u0302\"}",
                StrictJson.check("{\"displayName\":\"Nguye\u0302\u0303n\",\"password\":\"e\u0302\"}", CreateUserRequest.class));
        // A reason may span lines; a name may not.
        assertEquals("{\"reason\":\"a\\nb\"}", StrictJson.check("{\"reason\":\"a\\nb\"}", ReceiveRequest.class));
        assertEquals(List.of("fees[0].name text.controlCharacter [U+000A, 2]"),
                refusals("{\"fees\":[{\"name\":\"a\\nb\",\"amountVnd\":1}]}", ReceiveRequest.class));
    }

    @Test
    void unknownPropertiesAndNullsPassAsBefore() {
        assertEquals("{\"name\":null,\"other\":[1,\"x\"]}",
                StrictJson.check("{\"name\":null,\"other\":[1,\"x\"]}", CreateApiTokenRequest.class));
    }

    @Test
    void bodiesMustBeUtf8() {
        assertEquals("{\"name\":\"Hà\"}", StrictJson.decode("\uFEFF{\"name\":\"Hà\"}".getBytes(StandardCharsets.UTF_8)));
        byte[] latin1 = "{\"name\":\"Hà\"}".getBytes(StandardCharsets.ISO_8859_1);
        DomainException e = assertThrows(DomainException.class, () -> StrictJson.decode(latin1));
        assertEquals("request.invalidUtf8", e.messageKey());
        assertEquals(List.of(10), List.of(e.args()));
        byte[] truncated = {'"', (byte) 0xE1, (byte) 0xBB};
        assertEquals("request.invalidUtf8", assertThrows(DomainException.class, () -> StrictJson.decode(truncated)).messageKey());
    }
}
