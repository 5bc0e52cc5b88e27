package dev.mailbench.api;

import dev.mailbench.api.route.RouteStepContributor;

/** The visit route on the project's start page: the plugin says how far a project has got with its step. */
public interface RouteApi {
    Registration registerStep(RouteStepContributor contributor);
}
