package dev.supportflow.demo;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Without demo data (the prod profile), demo users left in the database by an earlier run must not
 * log in with their well-known password: each gets a random one nobody knows. They stay (tickets
 * may name them); an administrator deletes them or sets a real password in Camunda Admin.
 */
@Component
@ConditionalOnProperty(name = "supportflow.demo-data", havingValue = "false")
class DemoUserLockout implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DemoUserLockout.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identityService;

  DemoUserLockout(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<User> demoUsers = identityService.createUserQuery().userLastName(DemoData.MARKER).list();
    for (User user : demoUsers) {
      byte[] secret = new byte[32];
      RANDOM.nextBytes(secret);
      user.setPassword(Base64.getEncoder().encodeToString(secret));
      identityService.saveUser(user);
    }
    if (!demoUsers.isEmpty()) {
      log.warn(
          "Demo data is off: {} demo users can no longer log in ({})",
          demoUsers.size(),
          demoUsers.stream().map(User::getId).toList());
    }
  }
}
