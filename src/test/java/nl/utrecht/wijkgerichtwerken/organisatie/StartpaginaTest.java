package nl.utrecht.wijkgerichtwerken.organisatie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

/** The root page: the demo users in the embedded default, straight to Tasklist where there are none. */
class StartpaginaTest {

    @Test
    void zonderDemogebruikersGaatDeStartNaarDeTakenlijst() {
        ExtendedModelMap model = new ExtendedModelMap();

        assertThat(new Startpagina(false).start(model)).isEqualTo("redirect:/camunda/app/tasklist/");
        assertThat(model).doesNotContainKey("gebruikers");
    }

    @Test
    void metDemogebruikersToontDeStartpaginaElkeGebruikerMetZijnRol() {
        ExtendedModelMap model = new ExtendedModelMap();

        assertThat(new Startpagina(true).start(model)).isEqualTo("start");
        assertThat(Startpagina.gebruikers()).hasSize(DemoGebruikers.GEBRUIKERS.size())
                .contains(new Startpagina.Demogebruiker("anna", "Anna de Vries", "wijkregisseur Oost"),
                        new Startpagina.Demogebruiker("jet", "Jet Meijer", "manager"));
    }
}
