// Written by `npm run goldens` from the release profiles (src/releases/facts.ts): do not edit.
import type { ReleaseFacts } from './facts.ts';

export const RELEASE_FACTS: readonly ReleaseFacts[] = [
  {
    "omJwksPath": "/api/v1/system/config/jwks",
    "confidentialClient": true,
    "redirectPaths": {
      "implicit": [
        "/callback",
        "/silent-callback"
      ],
      "authcode": [
        "/callback"
      ]
    },
    "helmRepo": {
      "name": "open-metadata",
      "url": "https://helm.open-metadata.org/",
      "chart": "open-metadata/openmetadata"
    },
    "helmServiceUrl": "http://openmetadata:8585",
    "callbackToken": {
      "kind": "openmetadata-jwt"
    },
    "ingestion": {
      "kind": "bot-jwt"
    },
    "id": "2.0",
    "label": "OpenMetadata 2.0",
    "contentDir": "v2.0",
    "order": 200,
    "patch": "2.0.10",
    "helmChart": {
      "version": "1.13.1"
    },
    "settings": {
      "oidcSessionExpiry": {
        "env": "OIDC_SESSION_EXPIRY",
        "yaml": "authenticationConfiguration.oidcConfiguration.sessionExpiry",
        "helm": "openmetadata.config.authentication.oidcConfiguration.sessionExpiry",
        "default": "604800",
        "since": "2.0.0"
      },
      "forceSecureSessionCookie": {
        "env": "FORCE_SECURE_SESSION_COOKIE",
        "yaml": "authenticationConfiguration.forceSecureSessionCookie",
        "default": false,
        "since": "2.0.0"
      },
      "enableAutoRedirect": {
        "env": "AUTHENTICATION_ENABLE_AUTO_REDIRECT",
        "yaml": "authenticationConfiguration.enableAutoRedirect",
        "default": false,
        "since": "2.0.0"
      },
      "provider": {
        "env": "AUTHENTICATION_PROVIDER",
        "yaml": "authenticationConfiguration.provider",
        "helm": "openmetadata.config.authentication.provider",
        "default": "basic"
      },
      "providerName": {
        "env": "CUSTOM_OIDC_AUTHENTICATION_PROVIDER_NAME",
        "yaml": "authenticationConfiguration.providerName",
        "default": ""
      },
      "clientType": {
        "env": "AUTHENTICATION_CLIENT_TYPE",
        "yaml": "authenticationConfiguration.clientType",
        "helm": "openmetadata.config.authentication.clientType",
        "default": "public"
      },
      "authority": {
        "env": "AUTHENTICATION_AUTHORITY",
        "yaml": "authenticationConfiguration.authority",
        "helm": "openmetadata.config.authentication.authority",
        "default": "https://accounts.google.com"
      },
      "clientId": {
        "env": "AUTHENTICATION_CLIENT_ID",
        "yaml": "authenticationConfiguration.clientId",
        "helm": "openmetadata.config.authentication.clientId",
        "default": ""
      },
      "callbackUrl": {
        "env": "AUTHENTICATION_CALLBACK_URL",
        "yaml": "authenticationConfiguration.callbackUrl",
        "helm": "openmetadata.config.authentication.callbackUrl",
        "default": ""
      },
      "publicKeyUrls": {
        "env": "AUTHENTICATION_PUBLIC_KEYS",
        "yaml": "authenticationConfiguration.publicKeyUrls",
        "helm": "openmetadata.config.authentication.publicKeys",
        "default": [
          "http://localhost:8585/api/v1/system/config/jwks"
        ]
      },
      "jwtPrincipalClaims": {
        "env": "AUTHENTICATION_JWT_PRINCIPAL_CLAIMS",
        "yaml": "authenticationConfiguration.jwtPrincipalClaims",
        "helm": "openmetadata.config.authentication.jwtPrincipalClaims",
        "default": [
          "email",
          "preferred_username",
          "sub"
        ]
      },
      "jwtPrincipalClaimsMapping": {
        "env": "AUTHENTICATION_JWT_PRINCIPAL_CLAIMS_MAPPING",
        "yaml": "authenticationConfiguration.jwtPrincipalClaimsMapping",
        "helm": "openmetadata.config.authentication.jwtPrincipalClaimsMapping",
        "default": []
      },
      "enableSelfSignup": {
        "env": "AUTHENTICATION_ENABLE_SELF_SIGNUP",
        "yaml": "authenticationConfiguration.enableSelfSignup",
        "helm": "openmetadata.config.authentication.enableSelfSignup",
        "default": true
      },
      "authorizerClassName": {
        "env": "AUTHORIZER_CLASS_NAME",
        "yaml": "authorizerConfiguration.className",
        "helm": "openmetadata.config.authorizer.className",
        "default": "org.openmetadata.service.security.DefaultAuthorizer"
      },
      "containerRequestFilter": {
        "env": "AUTHORIZER_REQUEST_FILTER",
        "yaml": "authorizerConfiguration.containerRequestFilter",
        "helm": "openmetadata.config.authorizer.containerRequestFilter",
        "default": "org.openmetadata.service.security.JwtFilter"
      },
      "adminPrincipals": {
        "env": "AUTHORIZER_ADMIN_PRINCIPALS",
        "yaml": "authorizerConfiguration.adminPrincipals",
        "helm": "openmetadata.config.authorizer.initialAdmins",
        "default": [
          "admin"
        ]
      },
      "principalDomain": {
        "env": "AUTHORIZER_PRINCIPAL_DOMAIN",
        "yaml": "authorizerConfiguration.principalDomain",
        "helm": "openmetadata.config.authorizer.principalDomain",
        "default": "open-metadata.org"
      },
      "enforcePrincipalDomain": {
        "env": "AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN",
        "yaml": "authorizerConfiguration.enforcePrincipalDomain",
        "helm": "openmetadata.config.authorizer.enforcePrincipalDomain",
        "default": false
      },
      "enableSecureSocketConnection": {
        "env": "AUTHORIZER_ENABLE_SECURE_SOCKET",
        "yaml": "authorizerConfiguration.enableSecureSocketConnection",
        "helm": "openmetadata.config.authorizer.enableSecureSocketConnection",
        "default": false
      },
      "oidcEnabled": {
        "helm": "openmetadata.config.authentication.oidcConfiguration.enabled",
        "default": false
      },
      "oidcType": {
        "env": "OIDC_TYPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.type",
        "helm": "openmetadata.config.authentication.oidcConfiguration.oidcType",
        "default": ""
      },
      "oidcClientId": {
        "env": "OIDC_CLIENT_ID",
        "yaml": "authenticationConfiguration.oidcConfiguration.id",
        "helm": "openmetadata.config.authentication.oidcConfiguration.clientId",
        "helmSecretRef": {
          "secretRef": "oidc-secrets",
          "secretKey": "openmetadata-oidc-client-id"
        },
        "default": ""
      },
      "oidcClientSecret": {
        "env": "OIDC_CLIENT_SECRET",
        "yaml": "authenticationConfiguration.oidcConfiguration.secret",
        "helm": "openmetadata.config.authentication.oidcConfiguration.clientSecret",
        "helmSecretRef": {
          "secretRef": "oidc-secrets",
          "secretKey": "openmetadata-oidc-client-secret"
        },
        "default": ""
      },
      "oidcDiscoveryUri": {
        "env": "OIDC_DISCOVERY_URI",
        "yaml": "authenticationConfiguration.oidcConfiguration.discoveryUri",
        "helm": "openmetadata.config.authentication.oidcConfiguration.discoveryUri",
        "default": ""
      },
      "oidcCallbackUrl": {
        "env": "OIDC_CALLBACK",
        "yaml": "authenticationConfiguration.oidcConfiguration.callbackUrl",
        "helm": "openmetadata.config.authentication.oidcConfiguration.callbackUrl",
        "default": "http://localhost:8585/callback"
      },
      "oidcScope": {
        "env": "OIDC_SCOPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.scope",
        "helm": "openmetadata.config.authentication.oidcConfiguration.scope",
        "default": "openid email profile"
      },
      "oidcPrompt": {
        "env": "OIDC_PROMPT_TYPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.prompt",
        "helm": "openmetadata.config.authentication.oidcConfiguration.promptType",
        "default": "consent"
      },
      "oidcMaxAge": {
        "env": "OIDC_MAX_AGE",
        "yaml": "authenticationConfiguration.oidcConfiguration.maxAge",
        "helm": "openmetadata.config.authentication.oidcConfiguration.maxAge",
        "default": "0"
      },
      "oidcServerUrl": {
        "env": "OIDC_SERVER_URL",
        "yaml": "authenticationConfiguration.oidcConfiguration.serverUrl",
        "helm": "openmetadata.config.authentication.oidcConfiguration.serverUrl",
        "default": "http://localhost:8585"
      },
      "sessionExpiry": {
        "env": "AUTHENTICATION_SESSION_EXPIRY",
        "yaml": "authenticationConfiguration.sessionExpiry",
        "default": "604800"
      },
      "maxActiveSessionsPerUser": {
        "env": "AUTHENTICATION_MAX_ACTIVE_SESSIONS_PER_USER",
        "yaml": "authenticationConfiguration.maxActiveSessionsPerUser",
        "default": "5"
      },
      "additionalTrustedRedirectUris": {
        "env": "AUTHENTICATION_ADDITIONAL_TRUSTED_REDIRECT_URIS",
        "yaml": "authenticationConfiguration.additionalTrustedRedirectUris",
        "default": []
      }
    },
    "uiSsoConfig": true,
    "securityConfigOps": {
      "commands": [
        "get-security-config",
        "update-security-config",
        "remove-security-config"
      ]
    },
    "trustedRedirects": {},
    "notes": [
      {
        "id": "ui-sso-overrides"
      },
      {
        "id": "claims-mapping-keys"
      },
      {
        "id": "openmetadata-token-after-callback"
      },
      {
        "id": "trusted-redirect-uri"
      },
      {
        "id": "sessions-2-0"
      },
      {
        "id": "test-login"
      }
    ]
  },
  {
    "omJwksPath": "/api/v1/system/config/jwks",
    "confidentialClient": true,
    "redirectPaths": {
      "implicit": [
        "/callback",
        "/silent-callback"
      ],
      "authcode": [
        "/callback"
      ]
    },
    "helmRepo": {
      "name": "open-metadata",
      "url": "https://helm.open-metadata.org/",
      "chart": "open-metadata/openmetadata"
    },
    "helmServiceUrl": "http://openmetadata:8585",
    "callbackToken": {
      "kind": "okta-id-token"
    },
    "ingestion": {
      "kind": "bot-jwt"
    },
    "id": "1.13",
    "label": "OpenMetadata 1.13",
    "contentDir": "v1.13",
    "order": 113,
    "patch": "1.13.6",
    "helmChart": {
      "version": "1.13.1"
    },
    "settings": {
      "oidcSessionExpiry": {
        "env": "OIDC_SESSION_EXPIRY",
        "yaml": "authenticationConfiguration.oidcConfiguration.sessionExpiry",
        "helm": "openmetadata.config.authentication.oidcConfiguration.sessionExpiry",
        "default": "604800",
        "since": "1.13.0"
      },
      "forceSecureSessionCookie": {
        "env": "FORCE_SECURE_SESSION_COOKIE",
        "yaml": "authenticationConfiguration.forceSecureSessionCookie",
        "default": false,
        "since": "1.13.0"
      },
      "enableAutoRedirect": {
        "env": "AUTHENTICATION_ENABLE_AUTO_REDIRECT",
        "yaml": "authenticationConfiguration.enableAutoRedirect",
        "default": false,
        "since": "1.13.0"
      },
      "provider": {
        "env": "AUTHENTICATION_PROVIDER",
        "yaml": "authenticationConfiguration.provider",
        "helm": "openmetadata.config.authentication.provider",
        "default": "basic"
      },
      "providerName": {
        "env": "CUSTOM_OIDC_AUTHENTICATION_PROVIDER_NAME",
        "yaml": "authenticationConfiguration.providerName",
        "default": ""
      },
      "clientType": {
        "env": "AUTHENTICATION_CLIENT_TYPE",
        "yaml": "authenticationConfiguration.clientType",
        "helm": "openmetadata.config.authentication.clientType",
        "default": "public"
      },
      "authority": {
        "env": "AUTHENTICATION_AUTHORITY",
        "yaml": "authenticationConfiguration.authority",
        "helm": "openmetadata.config.authentication.authority",
        "default": "https://accounts.google.com"
      },
      "clientId": {
        "env": "AUTHENTICATION_CLIENT_ID",
        "yaml": "authenticationConfiguration.clientId",
        "helm": "openmetadata.config.authentication.clientId",
        "default": ""
      },
      "callbackUrl": {
        "env": "AUTHENTICATION_CALLBACK_URL",
        "yaml": "authenticationConfiguration.callbackUrl",
        "helm": "openmetadata.config.authentication.callbackUrl",
        "default": ""
      },
      "publicKeyUrls": {
        "env": "AUTHENTICATION_PUBLIC_KEYS",
        "yaml": "authenticationConfiguration.publicKeyUrls",
        "helm": "openmetadata.config.authentication.publicKeys",
        "default": [
          "http://localhost:8585/api/v1/system/config/jwks"
        ]
      },
      "jwtPrincipalClaims": {
        "env": "AUTHENTICATION_JWT_PRINCIPAL_CLAIMS",
        "yaml": "authenticationConfiguration.jwtPrincipalClaims",
        "helm": "openmetadata.config.authentication.jwtPrincipalClaims",
        "default": [
          "email",
          "preferred_username",
          "sub"
        ]
      },
      "jwtPrincipalClaimsMapping": {
        "env": "AUTHENTICATION_JWT_PRINCIPAL_CLAIMS_MAPPING",
        "yaml": "authenticationConfiguration.jwtPrincipalClaimsMapping",
        "helm": "openmetadata.config.authentication.jwtPrincipalClaimsMapping",
        "default": []
      },
      "enableSelfSignup": {
        "env": "AUTHENTICATION_ENABLE_SELF_SIGNUP",
        "yaml": "authenticationConfiguration.enableSelfSignup",
        "helm": "openmetadata.config.authentication.enableSelfSignup",
        "default": true
      },
      "authorizerClassName": {
        "env": "AUTHORIZER_CLASS_NAME",
        "yaml": "authorizerConfiguration.className",
        "helm": "openmetadata.config.authorizer.className",
        "default": "org.openmetadata.service.security.DefaultAuthorizer"
      },
      "containerRequestFilter": {
        "env": "AUTHORIZER_REQUEST_FILTER",
        "yaml": "authorizerConfiguration.containerRequestFilter",
        "helm": "openmetadata.config.authorizer.containerRequestFilter",
        "default": "org.openmetadata.service.security.JwtFilter"
      },
      "adminPrincipals": {
        "env": "AUTHORIZER_ADMIN_PRINCIPALS",
        "yaml": "authorizerConfiguration.adminPrincipals",
        "helm": "openmetadata.config.authorizer.initialAdmins",
        "default": [
          "admin"
        ]
      },
      "principalDomain": {
        "env": "AUTHORIZER_PRINCIPAL_DOMAIN",
        "yaml": "authorizerConfiguration.principalDomain",
        "helm": "openmetadata.config.authorizer.principalDomain",
        "default": "open-metadata.org"
      },
      "enforcePrincipalDomain": {
        "env": "AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN",
        "yaml": "authorizerConfiguration.enforcePrincipalDomain",
        "helm": "openmetadata.config.authorizer.enforcePrincipalDomain",
        "default": false
      },
      "enableSecureSocketConnection": {
        "env": "AUTHORIZER_ENABLE_SECURE_SOCKET",
        "yaml": "authorizerConfiguration.enableSecureSocketConnection",
        "helm": "openmetadata.config.authorizer.enableSecureSocketConnection",
        "default": false
      },
      "oidcEnabled": {
        "helm": "openmetadata.config.authentication.oidcConfiguration.enabled",
        "default": false
      },
      "oidcType": {
        "env": "OIDC_TYPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.type",
        "helm": "openmetadata.config.authentication.oidcConfiguration.oidcType",
        "default": ""
      },
      "oidcClientId": {
        "env": "OIDC_CLIENT_ID",
        "yaml": "authenticationConfiguration.oidcConfiguration.id",
        "helm": "openmetadata.config.authentication.oidcConfiguration.clientId",
        "helmSecretRef": {
          "secretRef": "oidc-secrets",
          "secretKey": "openmetadata-oidc-client-id"
        },
        "default": ""
      },
      "oidcClientSecret": {
        "env": "OIDC_CLIENT_SECRET",
        "yaml": "authenticationConfiguration.oidcConfiguration.secret",
        "helm": "openmetadata.config.authentication.oidcConfiguration.clientSecret",
        "helmSecretRef": {
          "secretRef": "oidc-secrets",
          "secretKey": "openmetadata-oidc-client-secret"
        },
        "default": ""
      },
      "oidcDiscoveryUri": {
        "env": "OIDC_DISCOVERY_URI",
        "yaml": "authenticationConfiguration.oidcConfiguration.discoveryUri",
        "helm": "openmetadata.config.authentication.oidcConfiguration.discoveryUri",
        "default": ""
      },
      "oidcCallbackUrl": {
        "env": "OIDC_CALLBACK",
        "yaml": "authenticationConfiguration.oidcConfiguration.callbackUrl",
        "helm": "openmetadata.config.authentication.oidcConfiguration.callbackUrl",
        "default": "http://localhost:8585/callback"
      },
      "oidcScope": {
        "env": "OIDC_SCOPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.scope",
        "helm": "openmetadata.config.authentication.oidcConfiguration.scope",
        "default": "openid email profile"
      },
      "oidcPrompt": {
        "env": "OIDC_PROMPT_TYPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.prompt",
        "helm": "openmetadata.config.authentication.oidcConfiguration.promptType",
        "default": "consent"
      },
      "oidcMaxAge": {
        "env": "OIDC_MAX_AGE",
        "yaml": "authenticationConfiguration.oidcConfiguration.maxAge",
        "helm": "openmetadata.config.authentication.oidcConfiguration.maxAge",
        "default": "0"
      },
      "oidcServerUrl": {
        "env": "OIDC_SERVER_URL",
        "yaml": "authenticationConfiguration.oidcConfiguration.serverUrl",
        "helm": "openmetadata.config.authentication.oidcConfiguration.serverUrl",
        "default": "http://localhost:8585"
      }
    },
    "uiSsoConfig": true,
    "securityConfigOps": {
      "commands": [
        "get-security-config",
        "update-security-config",
        "remove-security-config"
      ]
    },
    "notes": [
      {
        "id": "ui-sso-overrides"
      },
      {
        "id": "claims-mapping-keys"
      }
    ]
  },
  {
    "omJwksPath": "/api/v1/system/config/jwks",
    "confidentialClient": true,
    "redirectPaths": {
      "implicit": [
        "/callback",
        "/silent-callback"
      ],
      "authcode": [
        "/callback"
      ]
    },
    "helmRepo": {
      "name": "open-metadata",
      "url": "https://helm.open-metadata.org/",
      "chart": "open-metadata/openmetadata"
    },
    "helmServiceUrl": "http://openmetadata:8585",
    "callbackToken": {
      "kind": "okta-id-token"
    },
    "ingestion": {
      "kind": "bot-jwt"
    },
    "id": "1.12",
    "label": "OpenMetadata 1.12",
    "contentDir": "v1.12",
    "order": 112,
    "patch": "1.12.12",
    "helmChart": {
      "version": "1.12.12"
    },
    "settings": {
      "oidcSessionExpiry": {
        "env": "OIDC_SESSION_EXPIRY",
        "yaml": "authenticationConfiguration.oidcConfiguration.sessionExpiry",
        "helm": "openmetadata.config.authentication.oidcConfiguration.sessionExpiry",
        "default": "604800",
        "since": "1.12.0"
      },
      "forceSecureSessionCookie": {
        "env": "FORCE_SECURE_SESSION_COOKIE",
        "yaml": "authenticationConfiguration.forceSecureSessionCookie",
        "default": false,
        "since": "1.12.0"
      },
      "enableAutoRedirect": {
        "env": "AUTHENTICATION_ENABLE_AUTO_REDIRECT",
        "yaml": "authenticationConfiguration.enableAutoRedirect",
        "default": false,
        "since": "1.12.0"
      },
      "provider": {
        "env": "AUTHENTICATION_PROVIDER",
        "yaml": "authenticationConfiguration.provider",
        "helm": "openmetadata.config.authentication.provider",
        "default": "basic"
      },
      "providerName": {
        "env": "CUSTOM_OIDC_AUTHENTICATION_PROVIDER_NAME",
        "yaml": "authenticationConfiguration.providerName",
        "default": ""
      },
      "clientType": {
        "env": "AUTHENTICATION_CLIENT_TYPE",
        "yaml": "authenticationConfiguration.clientType",
        "helm": "openmetadata.config.authentication.clientType",
        "default": "public"
      },
      "authority": {
        "env": "AUTHENTICATION_AUTHORITY",
        "yaml": "authenticationConfiguration.authority",
        "helm": "openmetadata.config.authentication.authority",
        "default": "https://accounts.google.com"
      },
      "clientId": {
        "env": "AUTHENTICATION_CLIENT_ID",
        "yaml": "authenticationConfiguration.clientId",
        "helm": "openmetadata.config.authentication.clientId",
        "default": ""
      },
      "callbackUrl": {
        "env": "AUTHENTICATION_CALLBACK_URL",
        "yaml": "authenticationConfiguration.callbackUrl",
        "helm": "openmetadata.config.authentication.callbackUrl",
        "default": ""
      },
      "publicKeyUrls": {
        "env": "AUTHENTICATION_PUBLIC_KEYS",
        "yaml": "authenticationConfiguration.publicKeyUrls",
        "helm": "openmetadata.config.authentication.publicKeys",
        "default": [
          "http://localhost:8585/api/v1/system/config/jwks"
        ]
      },
      "jwtPrincipalClaims": {
        "env": "AUTHENTICATION_JWT_PRINCIPAL_CLAIMS",
        "yaml": "authenticationConfiguration.jwtPrincipalClaims",
        "helm": "openmetadata.config.authentication.jwtPrincipalClaims",
        "default": [
          "email",
          "preferred_username",
          "sub"
        ]
      },
      "jwtPrincipalClaimsMapping": {
        "env": "AUTHENTICATION_JWT_PRINCIPAL_CLAIMS_MAPPING",
        "yaml": "authenticationConfiguration.jwtPrincipalClaimsMapping",
        "helm": "openmetadata.config.authentication.jwtPrincipalClaimsMapping",
        "default": []
      },
      "enableSelfSignup": {
        "env": "AUTHENTICATION_ENABLE_SELF_SIGNUP",
        "yaml": "authenticationConfiguration.enableSelfSignup",
        "helm": "openmetadata.config.authentication.enableSelfSignup",
        "default": true
      },
      "authorizerClassName": {
        "env": "AUTHORIZER_CLASS_NAME",
        "yaml": "authorizerConfiguration.className",
        "helm": "openmetadata.config.authorizer.className",
        "default": "org.openmetadata.service.security.DefaultAuthorizer"
      },
      "containerRequestFilter": {
        "env": "AUTHORIZER_REQUEST_FILTER",
        "yaml": "authorizerConfiguration.containerRequestFilter",
        "helm": "openmetadata.config.authorizer.containerRequestFilter",
        "default": "org.openmetadata.service.security.JwtFilter"
      },
      "adminPrincipals": {
        "env": "AUTHORIZER_ADMIN_PRINCIPALS",
        "yaml": "authorizerConfiguration.adminPrincipals",
        "helm": "openmetadata.config.authorizer.initialAdmins",
        "default": [
          "admin"
        ]
      },
      "principalDomain": {
        "env": "AUTHORIZER_PRINCIPAL_DOMAIN",
        "yaml": "authorizerConfiguration.principalDomain",
        "helm": "openmetadata.config.authorizer.principalDomain",
        "default": "open-metadata.org"
      },
      "enforcePrincipalDomain": {
        "env": "AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN",
        "yaml": "authorizerConfiguration.enforcePrincipalDomain",
        "helm": "openmetadata.config.authorizer.enforcePrincipalDomain",
        "default": false
      },
      "enableSecureSocketConnection": {
        "env": "AUTHORIZER_ENABLE_SECURE_SOCKET",
        "yaml": "authorizerConfiguration.enableSecureSocketConnection",
        "helm": "openmetadata.config.authorizer.enableSecureSocketConnection",
        "default": false
      },
      "oidcEnabled": {
        "helm": "openmetadata.config.authentication.oidcConfiguration.enabled",
        "default": false
      },
      "oidcType": {
        "env": "OIDC_TYPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.type",
        "helm": "openmetadata.config.authentication.oidcConfiguration.oidcType",
        "default": ""
      },
      "oidcClientId": {
        "env": "OIDC_CLIENT_ID",
        "yaml": "authenticationConfiguration.oidcConfiguration.id",
        "helm": "openmetadata.config.authentication.oidcConfiguration.clientId",
        "helmSecretRef": {
          "secretRef": "oidc-secrets",
          "secretKey": "openmetadata-oidc-client-id"
        },
        "default": ""
      },
      "oidcClientSecret": {
        "env": "OIDC_CLIENT_SECRET",
        "yaml": "authenticationConfiguration.oidcConfiguration.secret",
        "helm": "openmetadata.config.authentication.oidcConfiguration.clientSecret",
        "helmSecretRef": {
          "secretRef": "oidc-secrets",
          "secretKey": "openmetadata-oidc-client-secret"
        },
        "default": ""
      },
      "oidcDiscoveryUri": {
        "env": "OIDC_DISCOVERY_URI",
        "yaml": "authenticationConfiguration.oidcConfiguration.discoveryUri",
        "helm": "openmetadata.config.authentication.oidcConfiguration.discoveryUri",
        "default": ""
      },
      "oidcCallbackUrl": {
        "env": "OIDC_CALLBACK",
        "yaml": "authenticationConfiguration.oidcConfiguration.callbackUrl",
        "helm": "openmetadata.config.authentication.oidcConfiguration.callbackUrl",
        "default": "http://localhost:8585/callback"
      },
      "oidcScope": {
        "env": "OIDC_SCOPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.scope",
        "helm": "openmetadata.config.authentication.oidcConfiguration.scope",
        "default": "openid email profile"
      },
      "oidcPrompt": {
        "env": "OIDC_PROMPT_TYPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.prompt",
        "helm": "openmetadata.config.authentication.oidcConfiguration.promptType",
        "default": "consent"
      },
      "oidcMaxAge": {
        "env": "OIDC_MAX_AGE",
        "yaml": "authenticationConfiguration.oidcConfiguration.maxAge",
        "helm": "openmetadata.config.authentication.oidcConfiguration.maxAge",
        "default": "0"
      },
      "oidcServerUrl": {
        "env": "OIDC_SERVER_URL",
        "yaml": "authenticationConfiguration.oidcConfiguration.serverUrl",
        "helm": "openmetadata.config.authentication.oidcConfiguration.serverUrl",
        "default": "http://localhost:8585"
      }
    },
    "uiSsoConfig": true,
    "securityConfigOps": {
      "commands": [
        "get-security-config",
        "update-security-config",
        "remove-security-config"
      ]
    },
    "notes": [
      {
        "id": "ui-sso-overrides"
      },
      {
        "id": "claims-mapping-keys"
      }
    ]
  },
  {
    "omJwksPath": "/api/v1/system/config/jwks",
    "confidentialClient": true,
    "redirectPaths": {
      "implicit": [
        "/callback",
        "/silent-callback"
      ],
      "authcode": [
        "/callback"
      ]
    },
    "helmRepo": {
      "name": "open-metadata",
      "url": "https://helm.open-metadata.org/",
      "chart": "open-metadata/openmetadata"
    },
    "helmServiceUrl": "http://openmetadata:8585",
    "callbackToken": {
      "kind": "okta-id-token"
    },
    "ingestion": {
      "kind": "bot-jwt"
    },
    "id": "1.11",
    "label": "OpenMetadata 1.11",
    "contentDir": "v1.11",
    "order": 111,
    "patch": "1.11.13",
    "helmChart": {
      "version": "1.11.13"
    },
    "settings": {
      "oidcSessionExpiry": {
        "env": "OIDC_SESSION_EXPIRY",
        "yaml": "authenticationConfiguration.oidcConfiguration.sessionExpiry",
        "helm": "openmetadata.config.authentication.oidcConfiguration.sessionExpiry",
        "default": "604800",
        "since": "1.11.0"
      },
      "forceSecureSessionCookie": {
        "env": "FORCE_SECURE_SESSION_COOKIE",
        "yaml": "authenticationConfiguration.forceSecureSessionCookie",
        "default": false,
        "since": "1.11.0"
      },
      "enableAutoRedirect": {
        "env": "AUTHENTICATION_ENABLE_AUTO_REDIRECT",
        "yaml": "authenticationConfiguration.enableAutoRedirect",
        "default": false,
        "since": "1.11.5"
      },
      "provider": {
        "env": "AUTHENTICATION_PROVIDER",
        "yaml": "authenticationConfiguration.provider",
        "helm": "openmetadata.config.authentication.provider",
        "default": "basic"
      },
      "providerName": {
        "env": "CUSTOM_OIDC_AUTHENTICATION_PROVIDER_NAME",
        "yaml": "authenticationConfiguration.providerName",
        "default": ""
      },
      "clientType": {
        "env": "AUTHENTICATION_CLIENT_TYPE",
        "yaml": "authenticationConfiguration.clientType",
        "helm": "openmetadata.config.authentication.clientType",
        "default": "public"
      },
      "authority": {
        "env": "AUTHENTICATION_AUTHORITY",
        "yaml": "authenticationConfiguration.authority",
        "helm": "openmetadata.config.authentication.authority",
        "default": "https://accounts.google.com"
      },
      "clientId": {
        "env": "AUTHENTICATION_CLIENT_ID",
        "yaml": "authenticationConfiguration.clientId",
        "helm": "openmetadata.config.authentication.clientId",
        "default": ""
      },
      "callbackUrl": {
        "env": "AUTHENTICATION_CALLBACK_URL",
        "yaml": "authenticationConfiguration.callbackUrl",
        "helm": "openmetadata.config.authentication.callbackUrl",
        "default": ""
      },
      "publicKeyUrls": {
        "env": "AUTHENTICATION_PUBLIC_KEYS",
        "yaml": "authenticationConfiguration.publicKeyUrls",
        "helm": "openmetadata.config.authentication.publicKeys",
        "default": [
          "http://localhost:8585/api/v1/system/config/jwks"
        ]
      },
      "jwtPrincipalClaims": {
        "env": "AUTHENTICATION_JWT_PRINCIPAL_CLAIMS",
        "yaml": "authenticationConfiguration.jwtPrincipalClaims",
        "helm": "openmetadata.config.authentication.jwtPrincipalClaims",
        "default": [
          "email",
          "preferred_username",
          "sub"
        ]
      },
      "jwtPrincipalClaimsMapping": {
        "env": "AUTHENTICATION_JWT_PRINCIPAL_CLAIMS_MAPPING",
        "yaml": "authenticationConfiguration.jwtPrincipalClaimsMapping",
        "helm": "openmetadata.config.authentication.jwtPrincipalClaimsMapping",
        "default": []
      },
      "enableSelfSignup": {
        "env": "AUTHENTICATION_ENABLE_SELF_SIGNUP",
        "yaml": "authenticationConfiguration.enableSelfSignup",
        "helm": "openmetadata.config.authentication.enableSelfSignup",
        "default": true
      },
      "authorizerClassName": {
        "env": "AUTHORIZER_CLASS_NAME",
        "yaml": "authorizerConfiguration.className",
        "helm": "openmetadata.config.authorizer.className",
        "default": "org.openmetadata.service.security.DefaultAuthorizer"
      },
      "containerRequestFilter": {
        "env": "AUTHORIZER_REQUEST_FILTER",
        "yaml": "authorizerConfiguration.containerRequestFilter",
        "helm": "openmetadata.config.authorizer.containerRequestFilter",
        "default": "org.openmetadata.service.security.JwtFilter"
      },
      "adminPrincipals": {
        "env": "AUTHORIZER_ADMIN_PRINCIPALS",
        "yaml": "authorizerConfiguration.adminPrincipals",
        "helm": "openmetadata.config.authorizer.initialAdmins",
        "default": [
          "admin"
        ]
      },
      "principalDomain": {
        "env": "AUTHORIZER_PRINCIPAL_DOMAIN",
        "yaml": "authorizerConfiguration.principalDomain",
        "helm": "openmetadata.config.authorizer.principalDomain",
        "default": "open-metadata.org"
      },
      "enforcePrincipalDomain": {
        "env": "AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN",
        "yaml": "authorizerConfiguration.enforcePrincipalDomain",
        "helm": "openmetadata.config.authorizer.enforcePrincipalDomain",
        "default": false
      },
      "enableSecureSocketConnection": {
        "env": "AUTHORIZER_ENABLE_SECURE_SOCKET",
        "yaml": "authorizerConfiguration.enableSecureSocketConnection",
        "helm": "openmetadata.config.authorizer.enableSecureSocketConnection",
        "default": false
      },
      "oidcEnabled": {
        "helm": "openmetadata.config.authentication.oidcConfiguration.enabled",
        "default": false
      },
      "oidcType": {
        "env": "OIDC_TYPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.type",
        "helm": "openmetadata.config.authentication.oidcConfiguration.oidcType",
        "default": ""
      },
      "oidcClientId": {
        "env": "OIDC_CLIENT_ID",
        "yaml": "authenticationConfiguration.oidcConfiguration.id",
        "helm": "openmetadata.config.authentication.oidcConfiguration.clientId",
        "helmSecretRef": {
          "secretRef": "oidc-secrets",
          "secretKey": "openmetadata-oidc-client-id"
        },
        "default": ""
      },
      "oidcClientSecret": {
        "env": "OIDC_CLIENT_SECRET",
        "yaml": "authenticationConfiguration.oidcConfiguration.secret",
        "helm": "openmetadata.config.authentication.oidcConfiguration.clientSecret",
        "helmSecretRef": {
          "secretRef": "oidc-secrets",
          "secretKey": "openmetadata-oidc-client-secret"
        },
        "default": ""
      },
      "oidcDiscoveryUri": {
        "env": "OIDC_DISCOVERY_URI",
        "yaml": "authenticationConfiguration.oidcConfiguration.discoveryUri",
        "helm": "openmetadata.config.authentication.oidcConfiguration.discoveryUri",
        "default": ""
      },
      "oidcCallbackUrl": {
        "env": "OIDC_CALLBACK",
        "yaml": "authenticationConfiguration.oidcConfiguration.callbackUrl",
        "helm": "openmetadata.config.authentication.oidcConfiguration.callbackUrl",
        "default": "http://localhost:8585/callback"
      },
      "oidcScope": {
        "env": "OIDC_SCOPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.scope",
        "helm": "openmetadata.config.authentication.oidcConfiguration.scope",
        "default": "openid email profile"
      },
      "oidcPrompt": {
        "env": "OIDC_PROMPT_TYPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.prompt",
        "helm": "openmetadata.config.authentication.oidcConfiguration.promptType",
        "default": "consent"
      },
      "oidcMaxAge": {
        "env": "OIDC_MAX_AGE",
        "yaml": "authenticationConfiguration.oidcConfiguration.maxAge",
        "helm": "openmetadata.config.authentication.oidcConfiguration.maxAge",
        "default": "0"
      },
      "oidcServerUrl": {
        "env": "OIDC_SERVER_URL",
        "yaml": "authenticationConfiguration.oidcConfiguration.serverUrl",
        "helm": "openmetadata.config.authentication.oidcConfiguration.serverUrl",
        "default": "http://localhost:8585"
      }
    },
    "uiSsoConfig": true,
    "securityConfigOps": {
      "commands": [
        "remove-security-config"
      ]
    },
    "notes": [
      {
        "id": "ui-sso-overrides"
      },
      {
        "id": "auto-redirect"
      },
      {
        "id": "claims-mapping-keys"
      }
    ]
  },
  {
    "omJwksPath": "/api/v1/system/config/jwks",
    "confidentialClient": true,
    "redirectPaths": {
      "implicit": [
        "/callback",
        "/silent-callback"
      ],
      "authcode": [
        "/callback"
      ]
    },
    "helmRepo": {
      "name": "open-metadata",
      "url": "https://helm.open-metadata.org/",
      "chart": "open-metadata/openmetadata"
    },
    "helmServiceUrl": "http://openmetadata:8585",
    "callbackToken": {
      "kind": "okta-id-token"
    },
    "ingestion": {
      "kind": "bot-jwt"
    },
    "id": "1.10",
    "label": "OpenMetadata 1.10",
    "contentDir": "v1.10",
    "order": 110,
    "patch": "1.10.14",
    "helmChart": {
      "version": "1.10.14"
    },
    "settings": {
      "oidcSessionExpiry": {
        "env": "OIDC_SESSION_EXPIRY",
        "yaml": "authenticationConfiguration.oidcConfiguration.sessionExpiry",
        "helm": "openmetadata.config.authentication.oidcConfiguration.sessionExpiry",
        "default": "604800",
        "since": "1.10.0"
      },
      "forceSecureSessionCookie": {
        "env": "FORCE_SECURE_SESSION_COOKIE",
        "yaml": "authenticationConfiguration.forceSecureSessionCookie",
        "default": false,
        "since": "1.10.13"
      },
      "provider": {
        "env": "AUTHENTICATION_PROVIDER",
        "yaml": "authenticationConfiguration.provider",
        "helm": "openmetadata.config.authentication.provider",
        "default": "basic"
      },
      "providerName": {
        "env": "CUSTOM_OIDC_AUTHENTICATION_PROVIDER_NAME",
        "yaml": "authenticationConfiguration.providerName",
        "default": ""
      },
      "clientType": {
        "env": "AUTHENTICATION_CLIENT_TYPE",
        "yaml": "authenticationConfiguration.clientType",
        "helm": "openmetadata.config.authentication.clientType",
        "default": "public"
      },
      "authority": {
        "env": "AUTHENTICATION_AUTHORITY",
        "yaml": "authenticationConfiguration.authority",
        "helm": "openmetadata.config.authentication.authority",
        "default": "https://accounts.google.com"
      },
      "clientId": {
        "env": "AUTHENTICATION_CLIENT_ID",
        "yaml": "authenticationConfiguration.clientId",
        "helm": "openmetadata.config.authentication.clientId",
        "default": ""
      },
      "callbackUrl": {
        "env": "AUTHENTICATION_CALLBACK_URL",
        "yaml": "authenticationConfiguration.callbackUrl",
        "helm": "openmetadata.config.authentication.callbackUrl",
        "default": ""
      },
      "publicKeyUrls": {
        "env": "AUTHENTICATION_PUBLIC_KEYS",
        "yaml": "authenticationConfiguration.publicKeyUrls",
        "helm": "openmetadata.config.authentication.publicKeys",
        "default": [
          "http://localhost:8585/api/v1/system/config/jwks"
        ]
      },
      "jwtPrincipalClaims": {
        "env": "AUTHENTICATION_JWT_PRINCIPAL_CLAIMS",
        "yaml": "authenticationConfiguration.jwtPrincipalClaims",
        "helm": "openmetadata.config.authentication.jwtPrincipalClaims",
        "default": [
          "email",
          "preferred_username",
          "sub"
        ]
      },
      "jwtPrincipalClaimsMapping": {
        "env": "AUTHENTICATION_JWT_PRINCIPAL_CLAIMS_MAPPING",
        "yaml": "authenticationConfiguration.jwtPrincipalClaimsMapping",
        "helm": "openmetadata.config.authentication.jwtPrincipalClaimsMapping",
        "default": []
      },
      "enableSelfSignup": {
        "env": "AUTHENTICATION_ENABLE_SELF_SIGNUP",
        "yaml": "authenticationConfiguration.enableSelfSignup",
        "helm": "openmetadata.config.authentication.enableSelfSignup",
        "default": true
      },
      "authorizerClassName": {
        "env": "AUTHORIZER_CLASS_NAME",
        "yaml": "authorizerConfiguration.className",
        "helm": "openmetadata.config.authorizer.className",
        "default": "org.openmetadata.service.security.DefaultAuthorizer"
      },
      "containerRequestFilter": {
        "env": "AUTHORIZER_REQUEST_FILTER",
        "yaml": "authorizerConfiguration.containerRequestFilter",
        "helm": "openmetadata.config.authorizer.containerRequestFilter",
        "default": "org.openmetadata.service.security.JwtFilter"
      },
      "adminPrincipals": {
        "env": "AUTHORIZER_ADMIN_PRINCIPALS",
        "yaml": "authorizerConfiguration.adminPrincipals",
        "helm": "openmetadata.config.authorizer.initialAdmins",
        "default": [
          "admin"
        ]
      },
      "principalDomain": {
        "env": "AUTHORIZER_PRINCIPAL_DOMAIN",
        "yaml": "authorizerConfiguration.principalDomain",
        "helm": "openmetadata.config.authorizer.principalDomain",
        "default": "open-metadata.org"
      },
      "enforcePrincipalDomain": {
        "env": "AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN",
        "yaml": "authorizerConfiguration.enforcePrincipalDomain",
        "helm": "openmetadata.config.authorizer.enforcePrincipalDomain",
        "default": false
      },
      "enableSecureSocketConnection": {
        "env": "AUTHORIZER_ENABLE_SECURE_SOCKET",
        "yaml": "authorizerConfiguration.enableSecureSocketConnection",
        "helm": "openmetadata.config.authorizer.enableSecureSocketConnection",
        "default": false
      },
      "oidcEnabled": {
        "helm": "openmetadata.config.authentication.oidcConfiguration.enabled",
        "default": false
      },
      "oidcType": {
        "env": "OIDC_TYPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.type",
        "helm": "openmetadata.config.authentication.oidcConfiguration.oidcType",
        "default": ""
      },
      "oidcClientId": {
        "env": "OIDC_CLIENT_ID",
        "yaml": "authenticationConfiguration.oidcConfiguration.id",
        "helm": "openmetadata.config.authentication.oidcConfiguration.clientId",
        "helmSecretRef": {
          "secretRef": "oidc-secrets",
          "secretKey": "openmetadata-oidc-client-id"
        },
        "default": ""
      },
      "oidcClientSecret": {
        "env": "OIDC_CLIENT_SECRET",
        "yaml": "authenticationConfiguration.oidcConfiguration.secret",
        "helm": "openmetadata.config.authentication.oidcConfiguration.clientSecret",
        "helmSecretRef": {
          "secretRef": "oidc-secrets",
          "secretKey": "openmetadata-oidc-client-secret"
        },
        "default": ""
      },
      "oidcDiscoveryUri": {
        "env": "OIDC_DISCOVERY_URI",
        "yaml": "authenticationConfiguration.oidcConfiguration.discoveryUri",
        "helm": "openmetadata.config.authentication.oidcConfiguration.discoveryUri",
        "default": ""
      },
      "oidcCallbackUrl": {
        "env": "OIDC_CALLBACK",
        "yaml": "authenticationConfiguration.oidcConfiguration.callbackUrl",
        "helm": "openmetadata.config.authentication.oidcConfiguration.callbackUrl",
        "default": "http://localhost:8585/callback"
      },
      "oidcScope": {
        "env": "OIDC_SCOPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.scope",
        "helm": "openmetadata.config.authentication.oidcConfiguration.scope",
        "default": "openid email profile"
      },
      "oidcPrompt": {
        "env": "OIDC_PROMPT_TYPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.prompt",
        "helm": "openmetadata.config.authentication.oidcConfiguration.promptType",
        "default": "consent"
      },
      "oidcMaxAge": {
        "env": "OIDC_MAX_AGE",
        "yaml": "authenticationConfiguration.oidcConfiguration.maxAge",
        "helm": "openmetadata.config.authentication.oidcConfiguration.maxAge",
        "default": "0"
      },
      "oidcServerUrl": {
        "env": "OIDC_SERVER_URL",
        "yaml": "authenticationConfiguration.oidcConfiguration.serverUrl",
        "helm": "openmetadata.config.authentication.oidcConfiguration.serverUrl",
        "default": "http://localhost:8585"
      }
    },
    "uiSsoConfig": true,
    "securityConfigOps": {
      "commands": [
        "remove-security-config"
      ]
    },
    "notes": [
      {
        "id": "ui-sso-overrides"
      },
      {
        "id": "ui-save-org-keys"
      },
      {
        "id": "force-secure-session-cookie"
      }
    ]
  },
  {
    "omJwksPath": "/api/v1/system/config/jwks",
    "confidentialClient": true,
    "redirectPaths": {
      "implicit": [
        "/callback",
        "/silent-callback"
      ],
      "authcode": [
        "/callback"
      ]
    },
    "helmRepo": {
      "name": "open-metadata",
      "url": "https://helm.open-metadata.org/",
      "chart": "open-metadata/openmetadata"
    },
    "helmServiceUrl": "http://openmetadata:8585",
    "callbackToken": {
      "kind": "okta-id-token"
    },
    "ingestion": {
      "kind": "bot-jwt"
    },
    "id": "1.9",
    "label": "OpenMetadata 1.9",
    "contentDir": "v1.9",
    "order": 109,
    "patch": "1.9.17",
    "helmChart": {
      "version": "1.9.17"
    },
    "settings": {
      "oidcSessionExpiry": {
        "env": "OIDC_SESSION_EXPIRY",
        "yaml": "authenticationConfiguration.oidcConfiguration.sessionExpiry",
        "helm": "openmetadata.config.authentication.oidcConfiguration.sessionExpiry",
        "default": "604800",
        "since": "1.9.0"
      },
      "provider": {
        "env": "AUTHENTICATION_PROVIDER",
        "yaml": "authenticationConfiguration.provider",
        "helm": "openmetadata.config.authentication.provider",
        "default": "basic"
      },
      "providerName": {
        "env": "CUSTOM_OIDC_AUTHENTICATION_PROVIDER_NAME",
        "yaml": "authenticationConfiguration.providerName",
        "default": ""
      },
      "clientType": {
        "env": "AUTHENTICATION_CLIENT_TYPE",
        "yaml": "authenticationConfiguration.clientType",
        "helm": "openmetadata.config.authentication.clientType",
        "default": "public"
      },
      "authority": {
        "env": "AUTHENTICATION_AUTHORITY",
        "yaml": "authenticationConfiguration.authority",
        "helm": "openmetadata.config.authentication.authority",
        "default": "https://accounts.google.com"
      },
      "clientId": {
        "env": "AUTHENTICATION_CLIENT_ID",
        "yaml": "authenticationConfiguration.clientId",
        "helm": "openmetadata.config.authentication.clientId",
        "default": ""
      },
      "callbackUrl": {
        "env": "AUTHENTICATION_CALLBACK_URL",
        "yaml": "authenticationConfiguration.callbackUrl",
        "helm": "openmetadata.config.authentication.callbackUrl",
        "default": ""
      },
      "publicKeyUrls": {
        "env": "AUTHENTICATION_PUBLIC_KEYS",
        "yaml": "authenticationConfiguration.publicKeyUrls",
        "helm": "openmetadata.config.authentication.publicKeys",
        "default": [
          "http://localhost:8585/api/v1/system/config/jwks"
        ]
      },
      "jwtPrincipalClaims": {
        "env": "AUTHENTICATION_JWT_PRINCIPAL_CLAIMS",
        "yaml": "authenticationConfiguration.jwtPrincipalClaims",
        "helm": "openmetadata.config.authentication.jwtPrincipalClaims",
        "default": [
          "email",
          "preferred_username",
          "sub"
        ]
      },
      "jwtPrincipalClaimsMapping": {
        "env": "AUTHENTICATION_JWT_PRINCIPAL_CLAIMS_MAPPING",
        "yaml": "authenticationConfiguration.jwtPrincipalClaimsMapping",
        "helm": "openmetadata.config.authentication.jwtPrincipalClaimsMapping",
        "default": []
      },
      "enableSelfSignup": {
        "env": "AUTHENTICATION_ENABLE_SELF_SIGNUP",
        "yaml": "authenticationConfiguration.enableSelfSignup",
        "helm": "openmetadata.config.authentication.enableSelfSignup",
        "default": true
      },
      "authorizerClassName": {
        "env": "AUTHORIZER_CLASS_NAME",
        "yaml": "authorizerConfiguration.className",
        "helm": "openmetadata.config.authorizer.className",
        "default": "org.openmetadata.service.security.DefaultAuthorizer"
      },
      "containerRequestFilter": {
        "env": "AUTHORIZER_REQUEST_FILTER",
        "yaml": "authorizerConfiguration.containerRequestFilter",
        "helm": "openmetadata.config.authorizer.containerRequestFilter",
        "default": "org.openmetadata.service.security.JwtFilter"
      },
      "adminPrincipals": {
        "env": "AUTHORIZER_ADMIN_PRINCIPALS",
        "yaml": "authorizerConfiguration.adminPrincipals",
        "helm": "openmetadata.config.authorizer.initialAdmins",
        "default": [
          "admin"
        ]
      },
      "principalDomain": {
        "env": "AUTHORIZER_PRINCIPAL_DOMAIN",
        "yaml": "authorizerConfiguration.principalDomain",
        "helm": "openmetadata.config.authorizer.principalDomain",
        "default": "open-metadata.org"
      },
      "enforcePrincipalDomain": {
        "env": "AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN",
        "yaml": "authorizerConfiguration.enforcePrincipalDomain",
        "helm": "openmetadata.config.authorizer.enforcePrincipalDomain",
        "default": false
      },
      "enableSecureSocketConnection": {
        "env": "AUTHORIZER_ENABLE_SECURE_SOCKET",
        "yaml": "authorizerConfiguration.enableSecureSocketConnection",
        "helm": "openmetadata.config.authorizer.enableSecureSocketConnection",
        "default": false
      },
      "oidcEnabled": {
        "helm": "openmetadata.config.authentication.oidcConfiguration.enabled",
        "default": false
      },
      "oidcType": {
        "env": "OIDC_TYPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.type",
        "helm": "openmetadata.config.authentication.oidcConfiguration.oidcType",
        "default": ""
      },
      "oidcClientId": {
        "env": "OIDC_CLIENT_ID",
        "yaml": "authenticationConfiguration.oidcConfiguration.id",
        "helm": "openmetadata.config.authentication.oidcConfiguration.clientId",
        "helmSecretRef": {
          "secretRef": "oidc-secrets",
          "secretKey": "openmetadata-oidc-client-id"
        },
        "default": ""
      },
      "oidcClientSecret": {
        "env": "OIDC_CLIENT_SECRET",
        "yaml": "authenticationConfiguration.oidcConfiguration.secret",
        "helm": "openmetadata.config.authentication.oidcConfiguration.clientSecret",
        "helmSecretRef": {
          "secretRef": "oidc-secrets",
          "secretKey": "openmetadata-oidc-client-secret"
        },
        "default": ""
      },
      "oidcDiscoveryUri": {
        "env": "OIDC_DISCOVERY_URI",
        "yaml": "authenticationConfiguration.oidcConfiguration.discoveryUri",
        "helm": "openmetadata.config.authentication.oidcConfiguration.discoveryUri",
        "default": ""
      },
      "oidcCallbackUrl": {
        "env": "OIDC_CALLBACK",
        "yaml": "authenticationConfiguration.oidcConfiguration.callbackUrl",
        "helm": "openmetadata.config.authentication.oidcConfiguration.callbackUrl",
        "default": "http://localhost:8585/callback"
      },
      "oidcScope": {
        "env": "OIDC_SCOPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.scope",
        "helm": "openmetadata.config.authentication.oidcConfiguration.scope",
        "default": "openid email profile"
      },
      "oidcPrompt": {
        "env": "OIDC_PROMPT_TYPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.prompt",
        "helm": "openmetadata.config.authentication.oidcConfiguration.promptType",
        "default": "consent"
      },
      "oidcMaxAge": {
        "env": "OIDC_MAX_AGE",
        "yaml": "authenticationConfiguration.oidcConfiguration.maxAge",
        "helm": "openmetadata.config.authentication.oidcConfiguration.maxAge",
        "default": "0"
      },
      "oidcServerUrl": {
        "env": "OIDC_SERVER_URL",
        "yaml": "authenticationConfiguration.oidcConfiguration.serverUrl",
        "helm": "openmetadata.config.authentication.oidcConfiguration.serverUrl",
        "default": "http://localhost:8585"
      }
    },
    "uiSsoConfig": false,
    "notes": []
  },
  {
    "omJwksPath": "/api/v1/system/config/jwks",
    "confidentialClient": true,
    "redirectPaths": {
      "implicit": [
        "/callback",
        "/silent-callback"
      ],
      "authcode": [
        "/callback"
      ]
    },
    "helmRepo": {
      "name": "open-metadata",
      "url": "https://helm.open-metadata.org/",
      "chart": "open-metadata/openmetadata"
    },
    "helmServiceUrl": "http://openmetadata:8585",
    "callbackToken": {
      "kind": "okta-id-token"
    },
    "ingestion": {
      "kind": "bot-jwt"
    },
    "id": "1.8",
    "label": "OpenMetadata 1.8",
    "contentDir": "v1.8",
    "order": 108,
    "patch": "1.8.12",
    "helmChart": {
      "version": "1.8.12"
    },
    "settings": {
      "oidcSessionExpiry": {
        "env": "OIDC_SESSION_EXPIRY",
        "yaml": "authenticationConfiguration.oidcConfiguration.sessionExpiry",
        "helm": "openmetadata.config.authentication.oidcConfiguration.sessionExpiry",
        "default": "604800",
        "since": "1.8.2"
      },
      "provider": {
        "env": "AUTHENTICATION_PROVIDER",
        "yaml": "authenticationConfiguration.provider",
        "helm": "openmetadata.config.authentication.provider",
        "default": "basic"
      },
      "providerName": {
        "env": "CUSTOM_OIDC_AUTHENTICATION_PROVIDER_NAME",
        "yaml": "authenticationConfiguration.providerName",
        "default": ""
      },
      "clientType": {
        "env": "AUTHENTICATION_CLIENT_TYPE",
        "yaml": "authenticationConfiguration.clientType",
        "helm": "openmetadata.config.authentication.clientType",
        "default": "public"
      },
      "authority": {
        "env": "AUTHENTICATION_AUTHORITY",
        "yaml": "authenticationConfiguration.authority",
        "helm": "openmetadata.config.authentication.authority",
        "default": "https://accounts.google.com"
      },
      "clientId": {
        "env": "AUTHENTICATION_CLIENT_ID",
        "yaml": "authenticationConfiguration.clientId",
        "helm": "openmetadata.config.authentication.clientId",
        "default": ""
      },
      "callbackUrl": {
        "env": "AUTHENTICATION_CALLBACK_URL",
        "yaml": "authenticationConfiguration.callbackUrl",
        "helm": "openmetadata.config.authentication.callbackUrl",
        "default": ""
      },
      "publicKeyUrls": {
        "env": "AUTHENTICATION_PUBLIC_KEYS",
        "yaml": "authenticationConfiguration.publicKeyUrls",
        "helm": "openmetadata.config.authentication.publicKeys",
        "default": [
          "http://localhost:8585/api/v1/system/config/jwks"
        ]
      },
      "jwtPrincipalClaims": {
        "env": "AUTHENTICATION_JWT_PRINCIPAL_CLAIMS",
        "yaml": "authenticationConfiguration.jwtPrincipalClaims",
        "helm": "openmetadata.config.authentication.jwtPrincipalClaims",
        "default": [
          "email",
          "preferred_username",
          "sub"
        ]
      },
      "jwtPrincipalClaimsMapping": {
        "env": "AUTHENTICATION_JWT_PRINCIPAL_CLAIMS_MAPPING",
        "yaml": "authenticationConfiguration.jwtPrincipalClaimsMapping",
        "helm": "openmetadata.config.authentication.jwtPrincipalClaimsMapping",
        "default": []
      },
      "enableSelfSignup": {
        "env": "AUTHENTICATION_ENABLE_SELF_SIGNUP",
        "yaml": "authenticationConfiguration.enableSelfSignup",
        "helm": "openmetadata.config.authentication.enableSelfSignup",
        "default": true
      },
      "authorizerClassName": {
        "env": "AUTHORIZER_CLASS_NAME",
        "yaml": "authorizerConfiguration.className",
        "helm": "openmetadata.config.authorizer.className",
        "default": "org.openmetadata.service.security.DefaultAuthorizer"
      },
      "containerRequestFilter": {
        "env": "AUTHORIZER_REQUEST_FILTER",
        "yaml": "authorizerConfiguration.containerRequestFilter",
        "helm": "openmetadata.config.authorizer.containerRequestFilter",
        "default": "org.openmetadata.service.security.JwtFilter"
      },
      "adminPrincipals": {
        "env": "AUTHORIZER_ADMIN_PRINCIPALS",
        "yaml": "authorizerConfiguration.adminPrincipals",
        "helm": "openmetadata.config.authorizer.initialAdmins",
        "default": [
          "admin"
        ]
      },
      "principalDomain": {
        "env": "AUTHORIZER_PRINCIPAL_DOMAIN",
        "yaml": "authorizerConfiguration.principalDomain",
        "helm": "openmetadata.config.authorizer.principalDomain",
        "default": "open-metadata.org"
      },
      "enforcePrincipalDomain": {
        "env": "AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN",
        "yaml": "authorizerConfiguration.enforcePrincipalDomain",
        "helm": "openmetadata.config.authorizer.enforcePrincipalDomain",
        "default": false
      },
      "enableSecureSocketConnection": {
        "env": "AUTHORIZER_ENABLE_SECURE_SOCKET",
        "yaml": "authorizerConfiguration.enableSecureSocketConnection",
        "helm": "openmetadata.config.authorizer.enableSecureSocketConnection",
        "default": false
      },
      "oidcEnabled": {
        "helm": "openmetadata.config.authentication.oidcConfiguration.enabled",
        "default": false
      },
      "oidcType": {
        "env": "OIDC_TYPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.type",
        "helm": "openmetadata.config.authentication.oidcConfiguration.oidcType",
        "default": ""
      },
      "oidcClientId": {
        "env": "OIDC_CLIENT_ID",
        "yaml": "authenticationConfiguration.oidcConfiguration.id",
        "helm": "openmetadata.config.authentication.oidcConfiguration.clientId",
        "helmSecretRef": {
          "secretRef": "oidc-secrets",
          "secretKey": "openmetadata-oidc-client-id"
        },
        "default": ""
      },
      "oidcClientSecret": {
        "env": "OIDC_CLIENT_SECRET",
        "yaml": "authenticationConfiguration.oidcConfiguration.secret",
        "helm": "openmetadata.config.authentication.oidcConfiguration.clientSecret",
        "helmSecretRef": {
          "secretRef": "oidc-secrets",
          "secretKey": "openmetadata-oidc-client-secret"
        },
        "default": ""
      },
      "oidcDiscoveryUri": {
        "env": "OIDC_DISCOVERY_URI",
        "yaml": "authenticationConfiguration.oidcConfiguration.discoveryUri",
        "helm": "openmetadata.config.authentication.oidcConfiguration.discoveryUri",
        "default": ""
      },
      "oidcCallbackUrl": {
        "env": "OIDC_CALLBACK",
        "yaml": "authenticationConfiguration.oidcConfiguration.callbackUrl",
        "helm": "openmetadata.config.authentication.oidcConfiguration.callbackUrl",
        "default": "http://localhost:8585/callback"
      },
      "oidcScope": {
        "env": "OIDC_SCOPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.scope",
        "helm": "openmetadata.config.authentication.oidcConfiguration.scope",
        "default": "openid email profile"
      },
      "oidcPrompt": {
        "env": "OIDC_PROMPT_TYPE",
        "yaml": "authenticationConfiguration.oidcConfiguration.prompt",
        "helm": "openmetadata.config.authentication.oidcConfiguration.promptType",
        "default": "consent"
      },
      "oidcMaxAge": {
        "env": "OIDC_MAX_AGE",
        "yaml": "authenticationConfiguration.oidcConfiguration.maxAge",
        "helm": "openmetadata.config.authentication.oidcConfiguration.maxAge",
        "default": "0"
      },
      "oidcServerUrl": {
        "env": "OIDC_SERVER_URL",
        "yaml": "authenticationConfiguration.oidcConfiguration.serverUrl",
        "helm": "openmetadata.config.authentication.oidcConfiguration.serverUrl",
        "default": "http://localhost:8585"
      }
    },
    "uiSsoConfig": false,
    "notes": [
      {
        "id": "session-expiry"
      }
    ]
  },
  {
    "id": "0.12",
    "label": "OpenMetadata 0.12 (legacy)",
    "contentDir": "v0.12",
    "order": 12,
    "patch": "0.12.1",
    "omJwksPath": "/api/v1/config/jwks",
    "confidentialClient": false,
    "redirectPaths": {
      "implicit": [
        "/callback",
        "/silent-callback"
      ],
      "authcode": [
        "/callback",
        "/silent-callback"
      ]
    },
    "helmRepo": {
      "name": "open-metadata",
      "url": "https://helm.open-metadata.org/",
      "chart": "open-metadata/openmetadata"
    },
    "helmServiceUrl": "http://openmetadata:8585",
    "settings": {
      "provider": {
        "env": "AUTHENTICATION_PROVIDER",
        "yaml": "authenticationConfiguration.provider",
        "helm": "global.authentication.provider",
        "default": "basic"
      },
      "providerName": {
        "env": "CUSTOM_OIDC_AUTHENTICATION_PROVIDER_NAME",
        "yaml": "authenticationConfiguration.providerName",
        "default": ""
      },
      "authority": {
        "env": "AUTHENTICATION_AUTHORITY",
        "yaml": "authenticationConfiguration.authority",
        "helm": "global.authentication.authority",
        "default": "https://accounts.google.com"
      },
      "clientId": {
        "env": "AUTHENTICATION_CLIENT_ID",
        "yaml": "authenticationConfiguration.clientId",
        "helm": "global.authentication.clientId",
        "default": ""
      },
      "callbackUrl": {
        "env": "AUTHENTICATION_CALLBACK_URL",
        "yaml": "authenticationConfiguration.callbackUrl",
        "helm": "global.authentication.callbackUrl",
        "default": ""
      },
      "publicKeyUrls": {
        "env": "AUTHENTICATION_PUBLIC_KEYS",
        "yaml": "authenticationConfiguration.publicKeyUrls",
        "helm": "global.authentication.publicKeys",
        "default": [
          "http://localhost:8585/api/v1/config/jwks"
        ]
      },
      "jwtPrincipalClaims": {
        "env": "AUTHENTICATION_JWT_PRINCIPAL_CLAIMS",
        "yaml": "authenticationConfiguration.jwtPrincipalClaims",
        "helm": "global.authentication.jwtPrincipalClaims",
        "default": [
          "email",
          "preferred_username",
          "sub"
        ]
      },
      "enableSelfSignup": {
        "env": "AUTHENTICATION_ENABLE_SELF_SIGNUP",
        "yaml": "authenticationConfiguration.enableSelfSignup",
        "helm": "global.authentication.enableSelfSignup",
        "default": true
      },
      "authorizerClassName": {
        "env": "AUTHORIZER_CLASS_NAME",
        "yaml": "authorizerConfiguration.className",
        "helm": "global.authorizer.className",
        "default": "org.openmetadata.service.security.DefaultAuthorizer"
      },
      "containerRequestFilter": {
        "env": "AUTHORIZER_REQUEST_FILTER",
        "yaml": "authorizerConfiguration.containerRequestFilter",
        "helm": "global.authorizer.containerRequestFilter",
        "default": "org.openmetadata.service.security.JwtFilter"
      },
      "adminPrincipals": {
        "env": "AUTHORIZER_ADMIN_PRINCIPALS",
        "yaml": "authorizerConfiguration.adminPrincipals",
        "helm": "global.authorizer.initialAdmins",
        "default": [
          "admin"
        ]
      },
      "principalDomain": {
        "env": "AUTHORIZER_PRINCIPAL_DOMAIN",
        "yaml": "authorizerConfiguration.principalDomain",
        "helm": "global.authorizer.principalDomain",
        "default": "openmetadata.org"
      },
      "enforcePrincipalDomain": {
        "env": "AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN",
        "yaml": "authorizerConfiguration.enforcePrincipalDomain",
        "helm": "global.authorizer.enforcePrincipalDomain",
        "default": false
      },
      "enableSecureSocketConnection": {
        "env": "AUTHORIZER_ENABLE_SECURE_SOCKET",
        "yaml": "authorizerConfiguration.enableSecureSocketConnection",
        "helm": "global.authorizer.enableSecureSocketConnection",
        "default": false
      }
    },
    "uiSsoConfig": false,
    "ingestion": {
      "kind": "okta-service-app"
    },
    "legacy": {
      "helmChart": {
        "version": "0.0.39",
        "appVersion": "0.12.1"
      },
      "settings": {
        "botPrincipals": {
          "env": "AUTHORIZER_INGESTION_PRINCIPALS",
          "yaml": "authorizerConfiguration.botPrincipals",
          "helm": "global.authorizer.botPrincipals",
          "default": [
            "ingestion-bot"
          ]
        },
        "airflowAuthProvider": {
          "env": "AIRFLOW_AUTH_PROVIDER",
          "yaml": "airflowConfiguration.authProvider",
          "helm": "global.airflow.openmetadata.authProvider",
          "default": "no-auth"
        },
        "airflowOktaClientId": {
          "env": "OM_AUTH_AIRFLOW_OKTA_CLIENT_ID",
          "yaml": "airflowConfiguration.authConfig.okta.clientId",
          "helm": "global.airflow.openmetadata.authConfig.okta.clientId",
          "default": ""
        },
        "airflowOktaOrgUrl": {
          "env": "OM_AUTH_AIRFLOW_OKTA_ORGANIZATION_URL",
          "yaml": "airflowConfiguration.authConfig.okta.orgURL",
          "helm": "global.airflow.openmetadata.authConfig.okta.orgUrl",
          "default": ""
        },
        "airflowOktaPrivateKey": {
          "env": "OM_AUTH_AIRFLOW_OKTA_PRIVATE_KEY",
          "yaml": "airflowConfiguration.authConfig.okta.privateKey",
          "helm": "global.airflow.openmetadata.authConfig.okta.privateKey",
          "helmSecretRef": {
            "secretRef": "okta-client-private-key-secret",
            "secretKey": "okta-client-private-key-secret"
          },
          "default": ""
        },
        "airflowOktaEmail": {
          "env": "OM_AUTH_AIRFLOW_OKTA_SA_EMAIL",
          "yaml": "airflowConfiguration.authConfig.okta.email",
          "helm": "global.airflow.openmetadata.authConfig.okta.email",
          "default": ""
        },
        "airflowOktaScopes": {
          "env": "OM_AUTH_AIRFLOW_OKTA_SCOPES",
          "yaml": "airflowConfiguration.authConfig.okta.scopes",
          "helm": "global.airflow.openmetadata.authConfig.okta.scopes",
          "default": []
        }
      }
    },
    "notes": [
      {
        "id": "legacy-release"
      },
      {
        "id": "no-confidential-client"
      },
      {
        "id": "docs-class-names"
      },
      {
        "id": "principal-domain-default"
      },
      {
        "id": "helm-authconfig-path"
      },
      {
        "id": "private-key-in-env"
      },
      {
        "id": "workflow-env-expansion"
      }
    ]
  }
];
