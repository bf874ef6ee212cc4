package fr.mutualis.service.web;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies bind strictly: a field the API does not know, a value of another JSON type ({@code "12"} for a
 * number, {@code 12} for a text, {@code 1.5} for an integer), {@code null} for a primitive, a text holding a NUL
 * character (which PostgreSQL cannot store) or anything after the document is refused with a 400 naming the field,
 * instead of being guessed at, dropped or failing later. Only the API's JSON
 * converter is made strict: the service's own readers (its database rows, its clients) keep the application mapper.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class StrictJsonBindingAutoConfiguration {

    @Bean
    ServerHttpMessageConvertersCustomizer strictJsonBinding() {
        // Applied to the finished list, whatever order the customizers ran in.
        return builder -> builder.configureMessageConvertersList(StrictJsonBindingAutoConfiguration::makeJsonStrict);
    }

    private static void makeJsonStrict(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(converter -> converter instanceof JacksonJsonHttpMessageConverter json
                ? new JacksonJsonHttpMessageConverter(strict(json.getMapper())) : converter);
    }

    static JsonMapper strict(JsonMapper mapper) {
        return mapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("mutualis-text").addDeserializer(String.class, new TextWithoutNul()))
                .build();
    }

    /** Texts as usual, except one holding U+0000, refused as an invalid value of its field. */
    static final class TextWithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw new InvalidFormatException(parser, "Text holds a NUL character", text, String.class);
            }
            return text;
        }
    }
}
