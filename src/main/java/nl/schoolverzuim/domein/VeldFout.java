package nl.schoolverzuim.domein;

/** One bad input field, as listed in the {@code errors} of an application/problem+json answer. */
public record VeldFout(String field, String message) {
}
