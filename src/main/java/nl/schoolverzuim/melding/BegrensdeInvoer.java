package nl.schoolverzuim.melding;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A request body read up to a size limit: also a client that sends no Content-Length (chunked) is stopped at the
 * limit, with the caller's own "too large" answer, before the body fills memory.
 */
final class BegrensdeInvoer extends FilterInputStream {

    private final long max;
    private final Supplier<? extends IOException> teGroot;
    private long gelezen;

    BegrensdeInvoer(InputStream invoer, long max, Supplier<? extends IOException> teGroot) {
        super(invoer);
        this.max = max;
        this.teGroot = teGroot;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        tel(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int van, int lengte) throws IOException {
        int n = super.read(buffer, van, lengte);
        tel(Math.max(n, 0));
        return n;
    }

    private void tel(int n) throws IOException {
        gelezen += n;
        if (gelezen > max) {
            throw teGroot.get();
        }
    }
}
