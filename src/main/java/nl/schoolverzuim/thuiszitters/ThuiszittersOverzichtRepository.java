package nl.schoolverzuim.thuiszitters;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThuiszittersOverzichtRepository extends JpaRepository<ThuiszittersOverzicht, Long> {

    @EntityGraph(attributePaths = "samenwerkingsverband")
    List<ThuiszittersOverzicht> findBySamenwerkingsverbandIdOrderByPeildatumDescIdDesc(Long samenwerkingsverbandId);

    @EntityGraph(attributePaths = "samenwerkingsverband")
    List<ThuiszittersOverzicht> findAllByOrderByPeildatumDescIdDesc();
}
