package vn.motcua.shared.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.motcua.catalog.domain.Fee;
import vn.motcua.shared.Text;

/**
 * What a request field may hold, checked by {@code JsonProvider} while it reads the body (400 naming the field
 * path, before anything runs): for text, the {@link Text.Kind} whose length limit applies (unmarked text fields are
 * {@link Text.Kind#TEXT}); for whole numbers, the inclusive range (unmarked ones only have to fit their Java type).
 * The domain keeps its own rules (a unit's name must not be blank, a share must add up); this is the shape.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Limit {

    Text.Kind text() default Text.Kind.TEXT;

    long min() default Long.MIN_VALUE;

    long max() default Long.MAX_VALUE;

    /** Amounts of money in đồng: 0 to 10^15 (a million billion), a bound no fee or total comes near. */
    long MAX_VND = Fee.MAX_AMOUNT_VND;

    /** Counts of copies, originals, hours and the like. */
    long MAX_COUNT = 10_000;
}
