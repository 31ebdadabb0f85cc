package nl.schoolverzuim.melding;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import nl.schoolverzuim.web.VerzoekTeGrootException;

/**
 * A single melding is a few kilobytes (the longest field, the toelichting, holds 4000 characters); a body far over that
 * is refused with 413 before it is read into memory, with or without Content-Length. Bulk has its own limit.
 */
@ControllerAdvice(assignableTypes = MeldingController.class)
class MeldingGrootte extends RequestBodyAdviceAdapter {

    private final long maxBytes;

    MeldingGrootte(@Value("${schoolverzuim.melding.max-grootte:64KB}") DataSize maxGrootte) {
        this.maxBytes = maxGrootte.toBytes();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type type, Class<? extends HttpMessageConverter<?>> converter) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage invoer, MethodParameter parameter, Type type,
                                           Class<? extends HttpMessageConverter<?>> converter) throws IOException {
        if (invoer.getHeaders().getContentLength() > maxBytes) {
            throw teGroot();
        }
        InputStream begrensd = new BegrensdeInvoer(invoer.getBody(), maxBytes, this::teGroot);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return begrensd;
            }

            @Override
            public HttpHeaders getHeaders() {
                return invoer.getHeaders();
            }
        };
    }

    private VerzoekTeGrootException teGroot() {
        return new VerzoekTeGrootException("Een melding mag hoogstens " + DataSize.ofBytes(maxBytes).toKilobytes()
                + " kB zijn; stuur veel meldingen via POST /api/meldingen/bulk");
    }
}
