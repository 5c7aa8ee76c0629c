package dev.storyline.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link CoverageProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CoverageProperties.class)
class CoverageConfiguration {}
