package fr.mutualis.referential;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ReferentialServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReferentialServiceApplication.class, args);
    }
}
