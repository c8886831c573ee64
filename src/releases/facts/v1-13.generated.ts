// Written by `npm run goldens` from the release profiles (src/releases/facts.ts): do not edit.
import type { ReleaseFacts } from '../facts.ts';

export const FACTS: ReleaseFacts = {
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
  "uiForm": {},
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
};
