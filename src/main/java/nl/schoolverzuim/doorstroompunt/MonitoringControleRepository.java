package nl.schoolverzuim.doorstroompunt;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MonitoringControleRepository extends JpaRepository<MonitoringControle, Long> {

    List<MonitoringControle> findByVsvTrajectIdOrderByIdAsc(Long trajectId);
}
