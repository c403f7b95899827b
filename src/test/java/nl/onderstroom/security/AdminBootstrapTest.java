package nl.onderstroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

class AdminBootstrapTest {

    @Test
    void a_weak_admin_password_stops_the_start_with_one_clear_line() {
        AccountRepository repository = mock(AccountRepository.class);
        when(repository.count()).thenReturn(0L);
        AccountService service = mock(AccountService.class);
        when(service.createFirstAdministrator(anyString(), anyString())).thenAnswer(call -> {
            PasswordPolicy.check(call.getArgument(1), call.getArgument(0));
            return null;
        });
        AdminBootstrap bootstrap = new AdminBootstrap(repository, service, "root@example.org", "password1234");

        var refused = catchThrowableOfType(() -> bootstrap.run(new DefaultApplicationArguments()),
                AdminBootstrap.AdminPasswordRefused.class);
        assertThat(refused.getMessage()).startsWith("ONDERSTROOM_ADMIN_PASSWORD is refused: This password is too easy to guess.")
                .contains("This is a very common password.").doesNotContain("\n");
        assertThat(refused.getStackTrace()).isEmpty();

        // Spring Boot finds the analyzer and reports the reason instead of a stack trace
        @SuppressWarnings("deprecation")
        var registered = SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class, getClass().getClassLoader());
        assertThat(registered).contains(AdminBootstrap.AdminPasswordRefusedAnalyzer.class.getName());
        FailureAnalysis analysis = new AdminBootstrap.AdminPasswordRefusedAnalyzer()
                .analyze(new IllegalStateException("Failed to execute ApplicationRunner", refused));
        assertThat(analysis.getDescription()).isEqualTo(refused.getMessage());
        assertThat(analysis.getAction()).contains("ONDERSTROOM_ADMIN_PASSWORD");
    }
}
