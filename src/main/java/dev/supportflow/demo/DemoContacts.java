package dev.supportflow.demo;

import dev.supportflow.ticket.Channel;
import dev.supportflow.ticket.NewTicketRequest;
import dev.supportflow.ticket.RemoteAccessTool;
import dev.supportflow.ticket.Symptom;
import dev.supportflow.ticket.TicketType;
import dev.supportflow.ticket.Topic;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the demo clients write about, per tenant: channels, types, topics, symptoms and services as
 * the tenants' tables know them, some of which the tables refuse or find out of scope. Whether a
 * contact is accepted, an emergency or billed is left to the tables.
 */
final class DemoContacts {

  /** One contact: who writes, whether a channel gateway relays it, and the request. */
  record Contact(String tenant, String clientId, boolean viaGateway, NewTicketRequest request) {}

  private record Kind(
      int weight,
      List<String> clients,
      Channel channel,
      TicketType type,
      Topic topic,
      Symptom symptom,
      String service,
      String product,
      String subject,
      String description) {}

  private static final List<String> LEILOES = List.of("leiloes-basic", "leiloes-premium");
  private static final List<String> LEILOES_ALL =
      List.of("leiloes-basic", "leiloes-premium", "leiloes-enterprise");
  private static final List<String> LEILOES_GROUP =
      List.of("leiloes-premium", "leiloes-enterprise");
  private static final List<String> OOBJ =
      List.of("oobj-saas", "oobj-inhouse-pg", "oobj-inhouse-oracle");
  private static final String DFE = "OOBJ_DFE";

  private static final Map<String, List<Kind>> KINDS =
      Map.of(
          "leiloes",
          List.of(
              new Kind(
                  14,
                  LEILOES_ALL,
                  Channel.WHATSAPP_OFFICIAL,
                  TicketType.INCIDENT,
                  Topic.SOFTWARE_FAILURE,
                  Symptom.DEGRADED,
                  null,
                  null,
                  "Lances demorando para aparecer",
                  "Os lances aparecem com atraso de vários segundos na sala."),
              new Kind(
                  6,
                  LEILOES_ALL,
                  Channel.WHATSAPP_OFFICIAL,
                  TicketType.INCIDENT,
                  Topic.SOFTWARE_FAILURE,
                  Symptom.ACCESS_FAILURE,
                  null,
                  null,
                  "Sala de leilão não abre",
                  "Os arrematantes não conseguem entrar na sala."),
              new Kind(
                  10,
                  LEILOES_ALL,
                  Channel.PORTAL,
                  TicketType.QUESTION,
                  Topic.USAGE,
                  Symptom.NONE,
                  null,
                  null,
                  "Como emitir a nota de arrematação?",
                  "Preciso emitir a nota do lote 12 do leilão de ontem."),
              new Kind(
                  8,
                  LEILOES_ALL,
                  Channel.PORTAL,
                  TicketType.SERVICE_REQUEST,
                  Topic.USAGE,
                  Symptom.NONE,
                  null,
                  null,
                  "Habilitação de arrematante pendente",
                  "O cadastro do arrematante está pendente desde ontem."),
              new Kind(
                  6,
                  LEILOES_ALL,
                  Channel.WHATSAPP_OFFICIAL,
                  TicketType.SERVICE_REQUEST,
                  Topic.USAGE,
                  Symptom.NONE,
                  null,
                  null,
                  "Recuperação de senha",
                  "Um operador esqueceu a senha de acesso."),
              new Kind(
                  5,
                  LEILOES_ALL,
                  Channel.WHATSAPP_OFFICIAL,
                  TicketType.QUESTION,
                  Topic.USAGE,
                  Symptom.NONE,
                  null,
                  null,
                  "Relatório de lotes vendidos",
                  "Onde encontro o relatório de lotes vendidos por comitente?"),
              new Kind(
                  3,
                  LEILOES_ALL,
                  Channel.PORTAL,
                  TicketType.DEVELOPMENT,
                  Topic.OTHER,
                  Symptom.NONE,
                  null,
                  null,
                  "Novo relatório de comissões",
                  "Gostaríamos de um relatório de comissões por leiloeiro."),
              new Kind(
                  3,
                  LEILOES_ALL,
                  Channel.PHONE,
                  TicketType.INCIDENT,
                  Topic.SOFTWARE_FAILURE,
                  Symptom.SERVER_DOWN,
                  null,
                  null,
                  "Sistema fora do ar",
                  "Ligação: o sistema não responde."),
              new Kind(
                  4,
                  LEILOES_ALL,
                  Channel.WHATSAPP_OTHER,
                  TicketType.QUESTION,
                  Topic.USAGE,
                  Symptom.NONE,
                  null,
                  null,
                  "Dúvida sobre o cadastro de lotes",
                  "Mensagem enviada ao número pessoal do analista."),
              new Kind(
                  3,
                  LEILOES_GROUP,
                  Channel.WHATSAPP_GROUP,
                  TicketType.INCIDENT,
                  Topic.SOFTWARE_FAILURE,
                  Symptom.OPERATION_BLOCKED,
                  null,
                  null,
                  "Pregão travado",
                  "No grupo: o pregão parou de aceitar lances."),
              new Kind(
                  2,
                  LEILOES,
                  Channel.WHATSAPP_GROUP,
                  TicketType.QUESTION,
                  Topic.USAGE,
                  Symptom.NONE,
                  null,
                  null,
                  "Dúvida no grupo",
                  "Como altero o incremento mínimo?"),
              new Kind(
                  2,
                  LEILOES,
                  Channel.WHATSAPP_OFFICIAL,
                  TicketType.DEVELOPMENT,
                  Topic.OTHER,
                  Symptom.NONE,
                  null,
                  null,
                  "Campo novo no edital",
                  "Dá para incluir um campo de observações no edital?"),
              new Kind(
                  2,
                  LEILOES_ALL,
                  Channel.EMAIL,
                  TicketType.QUESTION,
                  Topic.USAGE,
                  Symptom.NONE,
                  null,
                  null,
                  "Dúvida por e-mail",
                  "Como exporto o catálogo?")),
          "oobj",
          List.of(
              new Kind(
                  12,
                  OOBJ,
                  Channel.PORTAL,
                  TicketType.INCIDENT,
                  Topic.FISCAL_DOCUMENT_SCHEMA,
                  Symptom.DEGRADED,
                  "NFE_EMISSION",
                  DFE,
                  "Rejeição 225: falha no schema do lote",
                  "As NF-e do lote da manhã voltaram com rejeição 225."),
              new Kind(
                  8,
                  OOBJ,
                  Channel.EMAIL,
                  TicketType.INCIDENT,
                  Topic.FISCAL_DOCUMENT_SCHEMA,
                  Symptom.NONE,
                  "NFE_EMISSION",
                  DFE,
                  "Rejeição 610: total da NF difere",
                  "A nota 4512 foi rejeitada com 610."),
              new Kind(
                  5,
                  OOBJ,
                  Channel.PORTAL,
                  TicketType.INCIDENT,
                  Topic.SOFTWARE_FAILURE,
                  Symptom.OPERATION_BLOCKED,
                  "NFCE_EMISSION",
                  DFE,
                  "NFC-e não autoriza no caixa",
                  "Os caixas da loja 3 não emitem NFC-e."),
              new Kind(
                  3,
                  OOBJ,
                  Channel.PHONE,
                  TicketType.INCIDENT,
                  Topic.SOFTWARE_FAILURE,
                  Symptom.SERVER_DOWN,
                  "NFE_EMISSION",
                  DFE,
                  "Emissor fora do ar",
                  "Ligação: o emissor não responde."),
              new Kind(
                  6,
                  OOBJ,
                  Channel.PORTAL,
                  TicketType.QUESTION,
                  Topic.USAGE,
                  Symptom.NONE,
                  "DANFE_PRINT",
                  DFE,
                  "DANFe saindo cortado",
                  "O DANFe sai cortado na impressora térmica."),
              new Kind(
                  5,
                  OOBJ,
                  Channel.PORTAL,
                  TicketType.QUESTION,
                  Topic.FISCAL_DOCUMENT_SCHEMA,
                  Symptom.NONE,
                  "FISCAL_SCHEMA_QUESTION",
                  DFE,
                  "Rejeição 778: NCM inexistente",
                  "O NCM 8471.30.12 é rejeitado."),
              new Kind(
                  4,
                  OOBJ,
                  Channel.EMAIL,
                  TicketType.INCIDENT,
                  Topic.SOFTWARE_FAILURE,
                  Symptom.ACCESS_FAILURE,
                  "PORTAL_ACCESS",
                  DFE,
                  "Não consigo acessar o portal",
                  "O login no portal retorna erro desde cedo."),
              new Kind(
                  5,
                  OOBJ,
                  Channel.PORTAL,
                  TicketType.INCIDENT,
                  Topic.SOFTWARE_FAILURE,
                  Symptom.DEGRADED,
                  "CTE_EMISSION",
                  DFE,
                  "CT-e demorando para autorizar",
                  "A autorização do CT-e leva minutos."),
              new Kind(
                  4,
                  OOBJ,
                  Channel.PORTAL,
                  TicketType.QUESTION,
                  Topic.USAGE,
                  Symptom.NONE,
                  "MDFE_EMISSION",
                  DFE,
                  "Como encerrar o MDF-e?",
                  "O MDF-e da viagem de ontem continua aberto."),
              new Kind(
                  2,
                  OOBJ,
                  Channel.EMAIL,
                  TicketType.QUESTION,
                  Topic.TAX_QUESTION,
                  Symptom.NONE,
                  null,
                  DFE,
                  "Qual CFOP usar na devolução?",
                  "Dúvida sobre o CFOP de devolução de mercadoria."),
              new Kind(
                  2,
                  OOBJ,
                  Channel.PORTAL,
                  TicketType.INCIDENT,
                  Topic.PRINTER,
                  Symptom.NONE,
                  null,
                  DFE,
                  "Impressora não imprime",
                  "A impressora da expedição parou."),
              new Kind(
                  2,
                  OOBJ,
                  Channel.WHATSAPP_OFFICIAL,
                  TicketType.QUESTION,
                  Topic.USAGE,
                  Symptom.NONE,
                  null,
                  DFE,
                  "Certificado vencido?",
                  "Mensagem pelo WhatsApp sobre o certificado."),
              new Kind(
                  1,
                  OOBJ,
                  Channel.PORTAL,
                  TicketType.INCIDENT,
                  Topic.SOFTWARE_FAILURE,
                  Symptom.DEGRADED,
                  null,
                  "OOBJ_NFSE",
                  "NFS-e não transmite",
                  "As NFS-e da prefeitura não transmitem.")));

  private DemoContacts() {}

  static List<String> tenants() {
    return List.of("leiloes", "oobj");
  }

  /** A contact of the tenant, drawn by the kinds' weights. */
  static Contact draw(String tenant, Random random) {
    List<Kind> kinds = KINDS.get(tenant);
    int pick = random.nextInt(kinds.stream().mapToInt(Kind::weight).sum());
    Kind kind = kinds.get(0);
    for (Kind candidate : kinds) {
      pick -= candidate.weight();
      if (pick < 0) {
        kind = candidate;
        break;
      }
    }
    String client = kind.clients().get(random.nextInt(kind.clients().size()));
    boolean auction = tenant.equals("leiloes") && random.nextInt(10) == 0;
    // Clients write on the portal themselves; the other channels reach the desk through the
    // tenant's gateway (WhatsApp, phone and e-mail bridges), which names the client.
    boolean viaGateway = kind.channel() != Channel.PORTAL;
    return new Contact(
        tenant, client, viaGateway, request(tenant, kind, auction, viaGateway ? client : null));
  }

  private static NewTicketRequest request(
      String tenant, Kind kind, boolean auction, String relayedClient) {
    boolean leiloes = tenant.equals("leiloes");
    boolean incident = kind.type() == TicketType.INCIDENT;
    return new NewTicketRequest(
        null,
        relayedClient,
        null,
        kind.channel(),
        kind.type(),
        kind.topic(),
        kind.symptom(),
        kind.service(),
        kind.product(),
        leiloes ? auction : null,
        kind.subject(),
        kind.description(),
        incident && !leiloes
            ? new NewTicketRequest.RemoteAccess(RemoteAccessTool.TEAMVIEWER, "812 334 905")
            : null,
        null);
  }
}
