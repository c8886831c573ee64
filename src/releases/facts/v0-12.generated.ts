// Written by `npm run goldens` from the release profiles (src/releases/facts.ts): do not edit.
import type { ReleaseFacts } from '../facts.ts';

export const FACTS: ReleaseFacts = {
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
};
