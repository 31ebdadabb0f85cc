package nl.schoolverzuim.web;

import java.io.IOException;

/**
 * A request body over its limit, found while reading it (also without Content-Length); answered 413. An
 * {@link IOException}, so that JSON parsing passes it on instead of reporting bad JSON.
 */
public class VerzoekTeGrootException extends IOException {

    public VerzoekTeGrootException(String detail) {
        super(detail);
    }
}
