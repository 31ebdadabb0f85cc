package nl.schoolverzuim.rapportage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The jaarverslag as JSON, the contract {@code shared/api/jaarverslag.md} (MAS §9). */
@RestController
@Tag(name = "Jaarverslag", description = "Het jaarverslag (art. 25 Leerplichtwet) en de cijfers van het Doorstroompunt")
class JaarverslagController {

    private final Jaarverslagen jaarverslagen;

    JaarverslagController(Jaarverslagen jaarverslagen) {
        this.jaarverslagen = jaarverslagen;
    }

    @GetMapping(value = "/api/jaarverslag", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Het jaarverslag van een schooljaar voor een regio of één gemeente ervan")
    Jaarverslag jaarverslag(@RequestParam(required = false) String schooljaar,
                            @RequestParam(required = false) String regio,
                            @RequestParam(required = false) String gemeente) {
        return jaarverslagen.maak(schooljaar, regio, gemeente);
    }
}
