package nl.schoolverzuim.doorstroompunt;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactpogingRepository extends JpaRepository<Contactpoging, Long> {

    List<Contactpoging> findByVsvTrajectIdOrderByIdAsc(Long trajectId);
}
