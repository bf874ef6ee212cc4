package fr.mutualis.identity.user;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * The sign-in page's accounts. The principal is Spring Security's plain {@link User}: it is what the authorization
 * records serialize, and the token claims are read fresh from {@link PlatformUserRepository} when a token is issued.
 */
@Service
public class PlatformUserDetailsService implements UserDetailsService {

    private final PlatformUserRepository users;

    public PlatformUserDetailsService(PlatformUserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        PlatformUser user = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .disabled(!user.enabled())
                .authorities(user.roles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }
}
