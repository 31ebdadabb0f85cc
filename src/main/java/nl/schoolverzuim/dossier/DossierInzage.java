package nl.schoolverzuim.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The access log of MAS §10: who read which Dossier, when, and through what. */
@Service
public class DossierInzage {

    public record Inzage(String gebruiker, Instant tijdstip, String via) {
    }

    private final InzageRegelRepository regels;
    private final Clock clock;

    DossierInzage(InzageRegelRepository regels, Clock clock) {
        this.regels = regels;
        this.clock = clock;
    }

    /** Records a read by the current user, in the transaction that reads (no read without its log line). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registreer(Long dossierId, String via) {
        Authentication gebruiker = SecurityContextHolder.getContext().getAuthentication();
        regels.save(new InzageRegel(dossierId, gebruiker == null ? "systeem" : gebruiker.getName(), Instant.now(clock), via));
    }

    @Transactional(readOnly = true)
    public List<Inzage> van(Long dossierId) {
        return regels.findByDossierIdOrderByTijdstipDescIdDesc(dossierId).stream()
                .map(r -> new Inzage(r.getGebruiker(), r.getTijdstip(), r.getVia())).toList();
    }
}
