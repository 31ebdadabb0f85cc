package nl.schoolverzuim.doorstroompunt;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VsvTrajectRepository extends JpaRepository<VsvTraject, Long> {

    Optional<VsvTraject> findByDossierId(Long dossierId);
}
