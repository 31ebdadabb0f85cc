package nl.schoolverzuim.leerplicht;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Processen-verbaal (Wpg, MAS §10): only for the BOAs of the gemeente, every access in the Dossier's access log. */
@RestController
@RequestMapping("/api/processen-verbaal")
@Tag(name = "Processen-verbaal", description = "Politiegegevens (Wpg): alleen voor de BOA van de gemeente, elke inzage gelogd")
class ProcesVerbaalController {

    private final ProcessenVerbaal processenVerbaal;

    ProcesVerbaalController(ProcessenVerbaal processenVerbaal) {
        this.processenVerbaal = processenVerbaal;
    }

    @PostMapping
    @Operation(summary = "Het proces-verbaal van een werkproces opmaken; rondt de taak 'Proces-verbaal opmaken' af")
    ResponseEntity<ProcessenVerbaal.Weergave> maakOp(@RequestBody ProcessenVerbaal.NieuwProcesVerbaal invoer) {
        ProcessenVerbaal.Weergave pv = processenVerbaal.maakOp(invoer, "POST /api/processen-verbaal");
        return ResponseEntity.created(URI.create("/api/processen-verbaal/" + pv.id())).body(pv);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Een proces-verbaal inzien (alleen de BOA; de inzage wordt gelogd)")
    ProcessenVerbaal.Weergave lees(@PathVariable Long id) {
        return processenVerbaal.lees(id, "GET /api/processen-verbaal");
    }

    @PostMapping("/{id}/afdoening")
    @Operation(summary = "De afdoening door het OM vastleggen; rondt de taak 'Afdoening door het OM verwerken' af")
    ProcessenVerbaal.Weergave doeAf(@PathVariable Long id, @RequestBody ProcessenVerbaal.Afdoening invoer) {
        return processenVerbaal.doeAf(id, invoer, "POST /api/processen-verbaal/{id}/afdoening");
    }
}
