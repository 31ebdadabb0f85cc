package nl.schoolverzuim.doorstroompunt;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VsvTrajectRepository extends JpaRepository<VsvTraject, Long> {

    Optional<VsvTraject> findByDossierId(Long dossierId);
}

interface ContactpogingRepository extends JpaRepository<Contactpoging, Long> {

    List<Contactpoging> findByVsvTrajectIdOrderByIdAsc(Long trajectId);
}

interface MonitoringControleRepository extends JpaRepository<MonitoringControle, Long> {

    List<MonitoringControle> findByVsvTrajectIdOrderByIdAsc(Long trajectId);
}
