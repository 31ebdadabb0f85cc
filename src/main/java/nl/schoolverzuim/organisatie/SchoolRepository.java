package nl.schoolverzuim.organisatie;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolRepository extends JpaRepository<School, Long>, SchoolOpBrin {
}
