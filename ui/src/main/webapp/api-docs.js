/* Starts Swagger UI on the OpenAPI document of this server (kept out of api-docs.html for a strict CSP). */
window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({
        url: '/openapi',
        dom_id: '#swagger-ui',
        deepLinking: true,
        presets: [SwaggerUIBundle.presets.apis],
        layout: 'BaseLayout',
        docExpansion: 'list',
        defaultModelsExpandDepth: 0,
        tryItOutEnabled: false,
        // Credentials typed into "Authorize" stay in this tab only (no localStorage).
        persistAuthorization: false
    });
});
