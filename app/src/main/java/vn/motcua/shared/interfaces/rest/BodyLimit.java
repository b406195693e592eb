package vn.motcua.shared.interfaces.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body an operation (method) or all operations of a resource (class) accept, in bytes. A larger
 * body is refused with 413 by {@link BodyLimitFilter} before it is read. Operations without one accept
 * {@link #DEFAULT}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BodyLimit {

    long KB = 1024;
    long MB = 1024 * KB;

    /** A JSON body of a signed-in caller: the largest, a year of calendar days or a procedure, are tens of KB. */
    long DEFAULT = MB;
    /** An unauthenticated operation: a dossier code, its secret and at most 2000 characters of feedback. */
    long PUBLIC = 16 * KB;
    /** A configuration import (procedures, units, calendar days as CSV, XLSX or JSON; at most 200,000 rows). */
    long TABLE_IMPORT = 20 * MB;

    long value();
}
