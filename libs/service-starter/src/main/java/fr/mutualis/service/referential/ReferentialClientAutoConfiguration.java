package fr.mutualis.service.referential;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.NotFoundRestClientAdapterDecorator;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * The {@link ReferentialClient} of the services that read referential-service, only when
 * {@code mutualis.referential.url} is set: a 404 becomes an empty answer, any other failure a
 * {@link ReferentialUnavailableException}. The descriptions read are kept {@code mutualis.referential.cache-ttl}
 * ({@link CachingReferentialClient}).
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "mutualis.referential", name = "url")
@EnableConfigurationProperties(ReferentialProperties.class)
@Import(ReferentialProblems.class)
public class ReferentialClientAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ReferentialClient referentialClient(ReferentialProperties properties) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        RestClient rest = RestClient.builder()
                .baseUrl(properties.url().toString())
                .requestFactory(requests)
                .configureMessageConverters(converters -> converters.withJsonConverter(json()))
                .build();
        ReferentialClient client = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest))
                // Inside out: a 404 is caught first, so that only the other failures reach the outer decorator.
                .exchangeAdapterDecorator(adapter -> new UnavailableReferentialDecorator(
                        new NotFoundRestClientAdapterDecorator(adapter)))
                .build()
                .createClient(ReferentialClient.class);
        return properties.cacheTtl().isZero() ? client
                : new CachingReferentialClient(client, properties.cacheTtl(), properties.cacheSize());
    }

    /**
     * JSON also when the answer says no type (Spring then assumes {@code application/octet-stream}): the referential
     * sends {@code application/json}, but a proxy or a stand-in may not, and the body is what counts.
     */
    private static JacksonJsonHttpMessageConverter json() {
        JacksonJsonHttpMessageConverter json = new JacksonJsonHttpMessageConverter();
        List<MediaType> types = new ArrayList<>(json.getSupportedMediaTypes());
        types.add(MediaType.APPLICATION_OCTET_STREAM);
        json.setSupportedMediaTypes(types);
        return json;
    }
}
