package nl.onderstroom;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Each Spring context installs its own {@link SecurityContextHolderStrategy} (Vaadin's, with its own thread-local)
 * into the static {@link SecurityContextHolder}, and its method security keeps using that instance. When tests of
 * an older cached context run after a newer context started (a RANDOM_PORT browser test, a demo-data test), signing
 * in through the static holder would land in the wrong thread-local. This puts the running context's strategy back
 * before every test. Registered in META-INF/spring.factories.
 */
public class SecurityStrategyPerContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        restore(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        restore(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        restore(testContext);
    }

    private static void restore(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
