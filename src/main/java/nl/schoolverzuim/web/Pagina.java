package nl.schoolverzuim.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller of server-rendered pages in the shared layout ({@code templates/layout.html}). Only these get the
 * layout's model ({@link Navigatie}); the REST controllers do not pay for it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface Pagina {
}
