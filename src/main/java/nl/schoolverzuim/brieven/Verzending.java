package nl.schoolverzuim.brieven;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.NietGevondenException;
import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.dossier.Document;
import nl.schoolverzuim.dossier.DocumentRepository;
import nl.schoolverzuim.dossier.DossierInzage;
import nl.schoolverzuim.dossier.DossierToegang;

/**
 * Recording from the Dossier that a final letter was sent, with date and channel: for a letter whose step allowed the
 * sending to be recorded later ({@link Brief#LATER_MOGELIJK}), e.g. once the post has gone out. Only for who may read
 * the Dossier, and logged as a read of it (MAS §10). Bad input is answered in Dutch per field.
 */
@Service
class Verzending {

    private final DocumentRepository documenten;
    private final DossierToegang toegang;
    private final DossierInzage inzage;
    private final OudersBron oudersBron;
    private final Clock clock;

    Verzending(DocumentRepository documenten, DossierToegang toegang, DossierInzage inzage, OudersBron oudersBron,
               Clock clock) {
        this.documenten = documenten;
        this.toegang = toegang;
        this.inzage = inzage;
        this.oudersBron = oudersBron;
        this.clock = clock;
    }

    /**
     * The letter, VERZONDEN on {@code datum} (ISO date, not in the future) by {@code kanaal}; {@code dossierId}, when
     * given, is the Dossier the letter must belong to.
     */
    @Transactional
    Document vastleggen(Long dossierId, Long id, String datum, String kanaal, String via) {
        Document document = documenten.findById(id)
                .filter(d -> dossierId == null || d.getDossier().getId().equals(dossierId))
                .orElseThrow(() -> new NietGevondenException("Document", id));
        toegang.controleer(document.getDossier());
        inzage.registreer(document.getDossier().getId(), via);
        List<VeldFout> fouten = new ArrayList<>();
        if (document.getStatus() == Document.Status.CONCEPT) {
            fouten.add(new VeldFout("status", "Deze brief is nog een concept: maak haar eerst definitief in de stap "
                    + "van het werkproces."));
        } else if (document.getStatus() == Document.Status.VERZONDEN) {
            fouten.add(new VeldFout("status", "Deze brief is al als verzonden vastgelegd."));
        }
        LocalDate op = datum(datum, document, fouten);
        Document.Verzendkanaal manier = kanaal(kanaal, document, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        document.verzonden(op, manier);
        return document;
    }

    private LocalDate datum(String tekst, Document document, List<VeldFout> fouten) {
        if (tekst == null || tekst.isBlank()) {
            fouten.add(new VeldFout("datum", "Vul de datum van verzenden in."));
            return null;
        }
        LocalDate op;
        try {
            op = LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            fouten.add(new VeldFout("datum", "Vul een geldige datum in (jjjj-mm-dd)."));
            return null;
        }
        if (op.isAfter(LocalDate.now(clock.withZone(Termijnen.ZONE)))) {
            fouten.add(new VeldFout("datum", "De datum van verzenden ligt in de toekomst."));
        } else if (document.getDatum() != null && op.isBefore(document.getDatum())) {
            fouten.add(new VeldFout("datum", "De brief kan niet verzonden zijn voordat zij definitief werd ("
                    + Briefvelden.DATUM.format(document.getDatum()) + ")."));
        }
        return op;
    }

    private Document.Verzendkanaal kanaal(String tekst, Document document, List<VeldFout> fouten) {
        Document.Verzendkanaal kanaal = null;
        for (Document.Verzendkanaal mogelijk : Document.Verzendkanaal.values()) {
            if (mogelijk.name().equals(tekst)) {
                kanaal = mogelijk;
            }
        }
        if (kanaal == null) {
            fouten.add(new VeldFout("kanaal", "Kies hoe de brief de ouders heeft bereikt: per post, per e-mail of "
                    + "overhandigd."));
        } else if (kanaal == Document.Verzendkanaal.EMAIL
                && !OudersBron.heeftEmail(oudersBron.van(document.getDossier().getId()))) {
            fouten.add(new VeldFout("kanaal", "Van de ouders/verzorgers is geen e-mailadres bekend: kies een ander "
                    + "verzendkanaal."));
        }
        return kanaal;
    }
}
