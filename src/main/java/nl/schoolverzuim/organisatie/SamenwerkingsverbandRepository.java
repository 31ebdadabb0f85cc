package nl.schoolverzuim.organisatie;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SamenwerkingsverbandRepository extends JpaRepository<Samenwerkingsverband, Long> {
}
