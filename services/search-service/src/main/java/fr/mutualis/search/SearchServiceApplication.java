package fr.mutualis.search;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Mutualis search service: indexes experience events into Elasticsearch and serves the French search API. */
@SpringBootApplication
@EnableConfigurationProperties(SearchProperties.class)
public class SearchServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SearchServiceApplication.class, args);
    }
}
