package nl.schoolverzuim.melding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.dossier.JongereSloten;
import nl.schoolverzuim.web.ApiExceptionHandler;

/**
 * Bulk intake: many meldingen in one request, each judged on its own (AANGEMAAKT, DUBBEL or ONGELDIG) and stored
 * through the same path as a single melding ({@link IntakeService#verwerk}). Valid rows are stored in batches, one
 * transaction each, a few batches at a time (most of a melding's time is waiting for the database, so two cores keep
 * more than one batch busy); a row that fails unexpectedly rolls its batch back, which is then stored row by row so
 * the other rows of that batch still get in. A batch locks its Jongeren first ({@link JongereSloten}), so a batch
 * running beside it waits for a Jongere they share instead of creating it twice; two that create the same school
 * collide on its unique key and take that same row-by-row path.
 * <p>
 * Sending the same request again creates nothing: every row needs a meldingnummer here, and a known meldingnummer
 * (also one earlier in the same request) is DUBBEL. A row without one is ONGELDIG, because a second send could not
 * recognise it.
 */
@Service
class BulkIntake {

    private static final Logger LOG = LoggerFactory.getLogger(BulkIntake.class);

    enum Status { AANGEMAAKT, DUBBEL, ONGELDIG, MISLUKT }

    /** The outcome of one row; {@code regel} counts from 1 in the order sent. */
    record Regel(int regel, Status status, String meldingnummer, Long id, String location, List<VeldFout> errors) {

        static Regel aangemaakt(int regel, String meldingnummer, Long id) {
            return new Regel(regel, Status.AANGEMAAKT, meldingnummer, id, MeldingController.locatie(id).toString(), null);
        }

        static Regel dubbel(int regel, String meldingnummer, Long bestaand, String waar) {
            return new Regel(regel, Status.DUBBEL, meldingnummer, bestaand,
                    bestaand == null ? null : MeldingController.locatie(bestaand).toString(),
                    List.of(new VeldFout("meldingnummer", waar)));
        }

        static Regel ongeldig(int regel, String meldingnummer, List<VeldFout> fouten) {
            return new Regel(regel, Status.ONGELDIG, meldingnummer, null, null, fouten);
        }
    }

    record Samenvatting(int totaal, int aangemaakt, int dubbel, int ongeldig, int mislukt) {
    }

    record Resultaat(Samenvatting samenvatting, List<Regel> regels) {
    }

    private final MeldingValidator validator;
    private final IntakeService intake;
    private final MeldingRepository meldingen;
    private final JongereSloten sloten;
    private final TransactionTemplate transactie;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final int batchGrootte;
    /** Shared by all bulk requests, so concurrent requests do not multiply the load on the database. */
    private final ExecutorService werkers;

    BulkIntake(MeldingValidator validator, IntakeService intake, MeldingRepository meldingen, JongereSloten sloten,
               TransactionTemplate transactie, EntityManager entityManager, ObjectMapper json,
               @Value("${schoolverzuim.bulk.batch-grootte:200}") int batchGrootte,
               @Value("${schoolverzuim.bulk.parallel:2}") int parallel) {
        this.validator = validator;
        this.intake = intake;
        this.meldingen = meldingen;
        this.sloten = sloten;
        this.transactie = transactie;
        this.entityManager = entityManager;
        this.json = json;
        this.batchGrootte = batchGrootte;
        AtomicInteger nummer = new AtomicInteger();
        this.werkers = Executors.newFixedThreadPool(parallel, taak -> {
            Thread draad = new Thread(taak, "bulkinvoer-" + nummer.incrementAndGet());
            draad.setDaemon(true);
            return draad;
        });
    }

    @PreDestroy
    void stop() {
        werkers.shutdown();
    }

    /** A row that passed every check and waits to be stored. */
    private record Kandidaat(int regel, GeldigeMelding melding) {
    }

    Resultaat ontvang(List<JsonNode> rijen) {
        // The batches run on other threads: the sender is taken along, not read from their security context.
        Authentication afzender = SecurityContextHolder.getContext().getAuthentication();
        Regel[] vooraf = dubbelInDezeInvoer(rijen);
        Regel[] uitkomst = new Regel[rijen.size()];
        List<Future<?>> batches = new ArrayList<>();
        for (int start = 0; start < rijen.size(); start += batchGrootte) {
            int van = start;
            int tot = Math.min(rijen.size(), start + batchGrootte);
            batches.add(werkers.submit(() -> verwerkBatch(afzender, rijen, van, tot, vooraf, uitkomst)));
        }
        for (Future<?> batch : batches) {
            wachtOp(batch);
        }
        List<Regel> regels = List.of(uitkomst);
        Map<Status, Long> telling = regels.stream().collect(Collectors.groupingBy(Regel::status, Collectors.counting()));
        return new Resultaat(new Samenvatting(regels.size(), aantal(telling, Status.AANGEMAAKT),
                aantal(telling, Status.DUBBEL), aantal(telling, Status.ONGELDIG), aantal(telling, Status.MISLUKT)), regels);
    }

    private static int aantal(Map<Status, Long> telling, Status status) {
        return telling.getOrDefault(status, 0L).intValue();
    }

    /**
     * Before any batch runs: a meldingnummer that appeared on an earlier row of this request is DUBBEL, whatever
     * became of that row, so batches running side by side never hold the same meldingnummer.
     */
    private static Regel[] dubbelInDezeInvoer(List<JsonNode> rijen) {
        Regel[] vooraf = new Regel[rijen.size()];
        Map<String, Integer> eerste = new HashMap<>();
        for (int i = 0; i < rijen.size(); i++) {
            String nummer = meldingnummer(rijen.get(i));
            if (nummer == null) {
                continue;
            }
            Integer eerder = eerste.putIfAbsent(nummer, i + 1);
            if (eerder != null) {
                vooraf[i] = Regel.dubbel(i + 1, nummer, null, "staat al op regel " + eerder + " van deze invoer");
            }
        }
        return vooraf;
    }

    private static void wachtOp(Future<?> batch) {
        try {
            batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Bulkinvoer onderbroken", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Bulkinvoer mislukt", e.getCause());
        }
    }

    /**
     * Checks rows {@code van}..{@code tot} first (validation reads gemeenten and decisions, so it runs in the batch's
     * transaction), then stores the valid new ones; earlier batches are committed by then, so a meldingnummer seen
     * before in an earlier batch of this request is found in the database like one from an earlier request.
     */
    private void verwerkBatch(Authentication afzender, List<JsonNode> rijen, int van, int tot, Regel[] vooraf,
                              Regel[] uitkomst) {
        try {
            transactie.executeWithoutResult(status -> {
                List<Kandidaat> kandidaten = beoordeel(afzender, rijen, van, tot, vooraf, uitkomst);
                // Every Jongere of the batch at once, in key order: locked row by row, two batches holding the same
                // two Jongeren could each wait for the other.
                sloten.vergrendel(kandidaten.stream().map(kandidaat -> kandidaat.melding().jongere()).toList());
                for (Kandidaat kandidaat : kandidaten) {
                    IntakeService.Ontvangen ontvangen = intake.verwerk(kandidaat.melding());
                    uitkomst[kandidaat.regel() - 1] = Regel.aangemaakt(kandidaat.regel(),
                            kandidaat.melding().meldingnummer(), ontvangen.meldingId());
                    // Each query of the next row (Jongere, school) first dirty-checks every entity held: without
                    // this, a batch's cost grows with the square of its size. The rows stay in the transaction.
                    entityManager.flush();
                    entityManager.clear();
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Batch van regel {} tot {} mislukt ({}); de regels worden een voor een opgeslagen", van + 1, tot,
                    e.getClass().getSimpleName());
            for (int i = van; i < tot; i++) {
                int index = i;
                try {
                    transactie.executeWithoutResult(status -> {
                        for (Kandidaat kandidaat : beoordeel(afzender, rijen, index, index + 1, vooraf, uitkomst)) {
                            uitkomst[index] = Regel.aangemaakt(index + 1, kandidaat.melding().meldingnummer(),
                                    intake.verwerk(kandidaat.melding()).meldingId());
                        }
                    });
                } catch (RuntimeException rijFout) {
                    // The same meldingnummer stored meanwhile by another request (a resend while the first still
                    // runs): DUBBEL, as a single intake answers 409.
                    String nummer = meldingnummer(rijen.get(index));
                    Long bestaand = nummer == null ? null
                            : meldingen.findByMeldingnummer(nummer).map(Melding::getId).orElse(null);
                    if (bestaand != null) {
                        uitkomst[index] = Regel.dubbel(index + 1, nummer, bestaand, "is al ontvangen; zie de bestaande melding");
                        continue;
                    }
                    // Never the exception text: it may quote the row's values, a BSN among them (MAS §10).
                    LOG.warn("Regel {} van bulkinvoer niet opgeslagen: {}", index + 1, rijFout.getClass().getSimpleName());
                    uitkomst[index] = new Regel(index + 1, Status.MISLUKT, meldingnummer(rijen.get(index)), null, null,
                            List.of(new VeldFout("", "kon door een onverwachte fout niet worden opgeslagen; "
                                    + "er is niets van deze regel bewaard, stuur hem later opnieuw")));
                }
            }
        }
    }

    /**
     * Judges rows {@code van}..{@code tot}: ONGELDIG and DUBBEL rows get their outcome now, valid new rows are
     * returned to be stored.
     */
    private List<Kandidaat> beoordeel(Authentication afzender, List<JsonNode> rijen, int van, int tot, Regel[] vooraf,
                                      Regel[] uitkomst) {
        List<Kandidaat> kandidaten = new ArrayList<>();
        for (int i = van; i < tot; i++) {
            int regel = i + 1;
            if (vooraf[i] != null) {
                uitkomst[i] = vooraf[i];
                continue;
            }
            try {
                GeldigeMelding melding = validator.valideer(lees(rijen.get(i)));
                if (!intake.magInvoeren(afzender, melding)) {
                    uitkomst[i] = Regel.ongeldig(regel, melding.meldingnummer(), List.of(new VeldFout(
                            "jongere.woongemeente", IntakeService.GEEN_GEMEENTE_VAN_AFZENDER)));
                } else if (melding.meldingnummer() == null) {
                    uitkomst[i] = Regel.ongeldig(regel, null, List.of(new VeldFout("meldingnummer",
                            "is verplicht bij bulkinvoer: zonder meldingnummer maakt opnieuw versturen de melding dubbel aan")));
                } else {
                    kandidaten.add(new Kandidaat(regel, melding));
                }
            } catch (OngeldigeInvoerException e) {
                uitkomst[i] = Regel.ongeldig(regel, meldingnummer(rijen.get(i)), e.fouten());
            }
        }
        if (kandidaten.isEmpty()) {
            return kandidaten;
        }
        Map<String, Long> bekend = meldingen.findIdsByMeldingnummerIn(
                        kandidaten.stream().map(kandidaat -> kandidaat.melding().meldingnummer()).toList()).stream()
                .collect(Collectors.toMap(MeldingRepository.Nummer::getMeldingnummer, MeldingRepository.Nummer::getId));
        List<Kandidaat> teBewaren = new ArrayList<>();
        for (Kandidaat kandidaat : kandidaten) {
            Long bestaand = bekend.get(kandidaat.melding().meldingnummer());
            if (bestaand == null) {
                teBewaren.add(kandidaat);
            } else {
                uitkomst[kandidaat.regel() - 1] = Regel.dubbel(kandidaat.regel(), kandidaat.melding().meldingnummer(),
                        bestaand, "is al ontvangen; zie de bestaande melding");
            }
        }
        return teBewaren;
    }

    /** One row as a {@link NieuweMelding}; a value of the wrong type makes the row ONGELDIG, not the request. */
    private NieuweMelding lees(JsonNode rij) {
        if (rij == null || !rij.isObject()) {
            throw new OngeldigeInvoerException(List.of(new VeldFout("", "is geen melding (JSON-object)")));
        }
        try {
            return json.treeToValue(rij, NieuweMelding.class);
        } catch (JsonMappingException e) {
            throw new OngeldigeInvoerException(List.of(new VeldFout(ApiExceptionHandler.veldpad(e),
                    "heeft niet het verwachte type")));
        } catch (JsonProcessingException e) {
            throw new OngeldigeInvoerException(List.of(new VeldFout("", "is geen geldige melding")));
        }
    }

    private static String meldingnummer(JsonNode rij) {
        JsonNode nummer = rij == null ? null : rij.get("meldingnummer");
        return nummer == null || !nummer.isTextual() || nummer.asText().isBlank() ? null : nummer.asText().trim();
    }
}
