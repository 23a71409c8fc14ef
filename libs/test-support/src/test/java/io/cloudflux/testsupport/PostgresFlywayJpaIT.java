package io.cloudflux.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.cloudflux.testsupport.probe.Note;
import io.cloudflux.testsupport.probe.NoteRepository;
import io.cloudflux.testsupport.probe.ProbeApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@RealInfrastructure
@SpringBootTest(classes = ProbeApplication.class)
class PostgresFlywayJpaIT {

    @Autowired
    NoteRepository notes;

    @Test
    void shouldMigrateWithFlywayAndWriteAndReadThroughJpa() {
        Note saved = notes.save(new Note("cold objects move to archive"));

        assertThat(notes.findById(saved.id())).get()
                .extracting(Note::text).isEqualTo("cold objects move to archive");
    }

    @Test
    void shouldGiveEachTestClassADatabaseOfItsOwn(Infrastructure infrastructure) throws Exception {
        assertThat(infrastructure.database().name()).startsWith("cf_postgresflywayjpait_");
        try (Connection connection = infrastructure.database().connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select version from probe.flyway_schema_history where success and version is not null order by installed_rank")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("1");
        }
        assertThat(Infrastructure.forTestClass(RedisRoundTripIT.class).database().name())
                .isNotEqualTo(infrastructure.database().name());
    }
}
