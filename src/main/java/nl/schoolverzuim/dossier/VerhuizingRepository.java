package nl.schoolverzuim.dossier;

import org.springframework.data.jpa.repository.JpaRepository;

interface VerhuizingRepository extends JpaRepository<Verhuizing, Long> {

    boolean existsByNaarDossierAndStatus(Dossier naarDossier, Verhuizing.Status status);
}
