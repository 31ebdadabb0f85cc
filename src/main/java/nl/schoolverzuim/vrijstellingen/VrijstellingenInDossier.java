package nl.schoolverzuim.vrijstellingen;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.dossier.DossierOnderdeel;

/** The vrijstellingen on the Dossier (MAS §7): ground, state, period, besluit, and whether one is active today. */
@Component
class VrijstellingenInDossier implements DossierOnderdeel {

    record Weergave(String grond, Status status, boolean actief, LocalDate ingangsdatum, LocalDate einddatum,
                    LocalDate besluitdatum, String motivering, List<String> toetsRedenen, String intrekkingsreden) {
    }

    private final VrijstellingRepository vrijstellingen;
    private final VrijstellingAanvragen aanvragen;
    private final Clock clock;

    VrijstellingenInDossier(VrijstellingRepository vrijstellingen, VrijstellingAanvragen aanvragen, Clock clock) {
        this.vrijstellingen = vrijstellingen;
        this.aanvragen = aanvragen;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "vrijstellingen";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Object> voor(Long dossierId) {
        LocalDate vandaag = LocalDate.now(clock);
        List<Weergave> lijst = vrijstellingen.findByDossierId(dossierId).stream()
                .map(v -> new Weergave(aanvragen.label(v.getGrond()), v.getStatus(), v.isActiefOp(vandaag),
                        v.getIngangsdatum(), v.getEinddatum(), v.getBesluitdatum(), v.getMotivering(),
                        v.getToetsRedenen(), v.getIntrekkingsreden()))
                .toList();
        return lijst.isEmpty() ? Optional.empty() : Optional.of(lijst);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Gebeurtenis> gebeurtenissen(Long dossierId) {
        ZoneId zone = clock.getZone();
        return vrijstellingen.findByDossierId(dossierId).stream()
                .filter(v -> v.getBesluitdatum() != null)
                .map(v -> new Gebeurtenis(v.getBesluitdatum().atStartOfDay(zone).toInstant(), "Vrijstelling "
                        + v.getGrond().name() + (v.getStatus() == Status.AFGEWEZEN ? " afgewezen" : " verleend")))
                .toList();
    }
}
