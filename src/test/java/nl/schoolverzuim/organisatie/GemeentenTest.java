package nl.schoolverzuim.organisatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** Which gemeente a name or CBS code names is remembered as a hint that the gemeente must still confirm. */
class GemeentenTest {

    private final GemeenteRepository repository = mock(GemeenteRepository.class);
    private final EntityManager entityManager = mock(EntityManager.class);
    private final Gemeenten gemeenten = new Gemeenten(repository, entityManager);

    private static Gemeente gemeente(long id, String cbsCode, String naam) {
        Gemeente gemeente = new Gemeente(cbsCode, naam, new Regio("achterhoek", "Achterhoek"));
        ReflectionTestUtils.setField(gemeente, "id", id);
        return gemeente;
    }

    @Test
    void eenNaamOfCodeDieEerderGevondenIsKostGeenQueryMeer() {
        Gemeente doetinchem = gemeente(7, "GM0222", "Doetinchem");
        when(repository.findByLowerCaseNaam("doetinchem")).thenReturn(Optional.of(doetinchem));
        when(repository.findByCbsCode("GM0222")).thenReturn(Optional.of(doetinchem));
        when(entityManager.find(Gemeente.class, 7L)).thenReturn(doetinchem);

        assertThat(gemeenten.zoek("Doetinchem")).contains(doetinchem);
        assertThat(gemeenten.zoek(" DOETINCHEM ")).contains(doetinchem);
        assertThat(gemeenten.zoek("0222")).contains(doetinchem);
        assertThat(gemeenten.zoek("gm0222")).contains(doetinchem);

        verify(repository, times(1)).findByLowerCaseNaam("doetinchem");
        verify(repository, times(1)).findByCbsCode("GM0222");
    }

    @Test
    void eenGemeenteDieDeNaamNietMeerDraagtWordtOpnieuwOpgezocht() {
        Gemeente oud = gemeente(7, "GM0001", "Oudestad");
        Gemeente hernoemd = gemeente(7, "GM0001", "Nieuwstad");
        Gemeente nieuw = gemeente(8, "GM0002", "Oudestad");
        when(repository.findByLowerCaseNaam("oudestad")).thenReturn(Optional.of(oud), Optional.of(nieuw));
        when(entityManager.find(Gemeente.class, 7L)).thenReturn(hernoemd);

        assertThat(gemeenten.zoek("Oudestad")).contains(oud);
        // herindeling: gemeente 7 is now Nieuwstad, and the name Oudestad belongs to gemeente 8
        assertThat(gemeenten.zoek("Oudestad")).contains(nieuw);

        verify(repository, times(2)).findByLowerCaseNaam("oudestad");
    }

    @Test
    void eenOnbekendeNaamWordtNietOnthouden() {
        when(repository.findByLowerCaseNaam("atlantis")).thenReturn(Optional.empty());

        assertThat(gemeenten.zoek("Atlantis")).isEmpty();
        assertThat(gemeenten.zoek("Atlantis")).isEmpty();

        verify(repository, times(2)).findByLowerCaseNaam("atlantis");
        verifyNoInteractions(entityManager);
    }
}
