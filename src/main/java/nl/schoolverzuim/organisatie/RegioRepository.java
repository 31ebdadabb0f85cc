package nl.schoolverzuim.organisatie;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegioRepository extends JpaRepository<Regio, Long> {

    Optional<Regio> findByCode(String code);
}
