package dev.supportflow.intervention;

import dev.supportflow.clientrecord.RequestedRecordController;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/interventions", produces = MediaType.APPLICATION_JSON_VALUE)
class InterventionController
    extends RequestedRecordController<
        NewInterventionRequest, InterventionStatus, InterventionView> {

  InterventionController(InterventionService interventions) {
    super(interventions, interventions::request, InterventionView::id);
  }
}
