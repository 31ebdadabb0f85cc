package nl.schoolverzuim.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;

class CamundaHuisstijlTest {

    private final CamundaHuisstijl huisstijl = new CamundaHuisstijl("schoolverzuim",
            new ClassPathResource("static/img/logo.svg"), new ObjectMapper());

    @Test
    void deIngesteldeNaamKomtAlsJavaScriptTekstOpDePlaatsVanDeMarkering() throws Exception {
        String config = "app: { vendor: " + CamundaHuisstijl.NAAM_MARKERING + ", name: 'Takenlijst' }";

        assertThat(huisstijl.metNaam(config, "Leerplicht 't \"Achterhoek\"\\"))
                .isEqualTo("app: { vendor: \"Leerplicht 't \\\"Achterhoek\\\"\\\\\", name: 'Takenlijst' }");
    }

    @Test
    void configZonderMarkeringWordtGeweigerd() {
        assertThatThrownBy(() -> huisstijl.metNaam("export default {};", "x"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void elkeWebappKrijgtDeNaam() throws Exception {
        for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
            String config = huisstijl.configuratie(app).getBody();

            assertThat(config).as(app).contains("vendor: \"schoolverzuim\"")
                    .doesNotContain(CamundaHuisstijl.NAAM_MARKERING);
        }
    }

    @Test
    void hetStandaardlogoIsOnzeSvg() throws Exception {
        var antwoord = huisstijl.logo();

        assertThat(antwoord.getHeaders().getContentType()).isEqualTo(MediaType.valueOf("image/svg+xml"));
        assertThat(new String(antwoord.getBody())).contains("<svg").contains("schoolverzuim");
    }
}
