package dev.supportflow;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Builds the process engine only after Flyway has migrated our tables: Flyway refuses a non-empty
 * schema without its history table, and the engine creates its own tables in the same schema when
 * it starts. Without this, the order depended on which bean happened to be created first.
 * Registered in {@code META-INF/spring.factories}.
 */
public class ProcessEngineAfterMigrations
    extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngineFactoryBean.class, ProcessEngine.class);
  }
}
